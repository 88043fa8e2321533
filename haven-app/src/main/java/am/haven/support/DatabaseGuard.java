package am.haven.support;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Bounds every wait on the database and puts the pool behind {@link GuardedDataSource}. A clerk
 * should wait seconds, not the driver's defaults (no socket timeout at all: one stuck connection
 * held the registration writer forever). Set here, not in the URL, so an operator's
 * {@code HAVEN_DB_URL} need not carry them; each is a {@code haven.db.*} property
 * ({@code docs/operations.md} lists them with their defaults).
 */
@Component
class DatabaseGuard implements BeanPostProcessor, EnvironmentAware {

    private Environment env;

    @Override
    public void setEnvironment(Environment environment) {
        this.env = environment;
    }

    private Duration duration(String key, Duration otherwise) {
        return env.getProperty(key, Duration.class, otherwise);
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource ds && ds.getJdbcUrl() != null) {
            Duration connect = duration("haven.db.connect-timeout", Duration.ofSeconds(3));
            ds.setConnectionTimeout(connect.toMillis());
            ds.setValidationTimeout(Math.max(250, Math.min(1000, connect.toMillis() / 2)));
            if (Dialect.of(ds.getJdbcUrl()) == Dialect.POSTGRESQL) postgres(ds, connect);
        }
        return bean;
    }

    /**
     * PostgreSQL's driver takes its timeouts in seconds. The statement timeout is the server's own
     * ({@code statement_timeout}), so a runaway statement is cancelled cleanly; the socket timeout
     * is a little longer and catches what the server cannot: a connection that stopped answering.
     */
    private void postgres(HikariDataSource ds, Duration connect) {
        Duration statement = duration("haven.db.statement-timeout", Duration.ofSeconds(30));
        Duration socket = duration("haven.db.socket-timeout", statement.isZero() ? Duration.ZERO : statement.plusSeconds(5));
        long connectSeconds = Math.max(1, connect.toSeconds());
        ds.addDataSourceProperty("connectTimeout", String.valueOf(connectSeconds));
        ds.addDataSourceProperty("loginTimeout", String.valueOf(connectSeconds));
        ds.addDataSourceProperty("socketTimeout", String.valueOf(socket.toSeconds()));
        ds.addDataSourceProperty("tcpKeepAlive", "true");
        if (!ds.getJdbcUrl().contains("statement_timeout")) {
            ds.setConnectionInitSql("SET statement_timeout = " + statement.toMillis());
        }
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource ds && ds.getJdbcUrl() != null) {
            return new GuardedDataSource(ds, duration("haven.db.circuit-open-for", Duration.ofSeconds(2)));
        }
        return bean;
    }
}
