package am.haven.support;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Lets PostgreSQL's driver send a batch of inserts ({@link SqlBatch}, report counts) as one
 * multi-row insert: the server then parses and executes one statement instead of one per row.
 * Set here rather than in the URL so an operator's {@code HAVEN_DB_URL} need not carry it.
 */
@Component
class PostgresBatchRewrite implements BeanPostProcessor {

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource ds && ds.getJdbcUrl() != null && Dialect.of(ds.getJdbcUrl()) == Dialect.POSTGRESQL
                && !ds.getJdbcUrl().contains("reWriteBatchedInserts")) {
            ds.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        return bean;
    }
}
