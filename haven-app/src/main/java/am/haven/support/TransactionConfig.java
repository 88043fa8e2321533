package am.haven.support;

import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/** The transaction manager: Spring Boot's own on PostgreSQL; on SQLite one that queues writers in the JVM. */
@Configuration(proxyBeanMethods = false)
class TransactionConfig {

    @Bean
    PlatformTransactionManager transactionManager(DataSource dataSource, Dialect dialect,
                                                  @Value("${spring.datasource.url}") String url) {
        return dialect == Dialect.SQLITE ? new SqliteTransactionManager(dataSource, url)
                : new JdbcTransactionManager(dataSource);
    }
}
