package am.haven.support;

import javax.sql.DataSource;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.jdbc.support.SQLErrorCodesFactory;
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

    /**
     * Spring reads the database's name for its error codes at the first failure it translates; in an
     * outage that read itself waited for a connection, a connection timeout more per failure (the
     * desk's deadline passed while the writer only translated its error). Read once at start instead.
     */
    @Bean
    SmartInitializingSingleton errorCodesReadAtStart(DataSource dataSource) {
        return () -> SQLErrorCodesFactory.getInstance().resolveErrorCodes(dataSource);
    }
}
