package am.haven.security;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Makes {@code audit_event} and {@code audit_seal} append-only for the application: an UPDATE or a
 * DELETE fails. The trigger syntax differs between SQLite and PostgreSQL, hence a Java migration.
 * The tables' owner can still drop the triggers; the chain ({@link AuditChain}) then shows the change.
 */
@Component
class V8__Audit_append_only extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        try (Statement s = c.createStatement()) {
            if (postgres) {
                s.execute("""
                        CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                        BEGIN RAISE EXCEPTION 'audit records cannot be changed or deleted'; END $$""");
                for (String table : new String[] {"audit_event", "audit_seal"}) {
                    s.execute("CREATE TRIGGER " + table + "_append_only BEFORE UPDATE OR DELETE ON " + table
                            + " FOR EACH ROW EXECUTE FUNCTION audit_append_only()");
                }
            } else {
                for (String table : new String[] {"audit_event", "audit_seal"}) {
                    for (String op : new String[] {"UPDATE", "DELETE"}) {
                        s.execute("CREATE TRIGGER " + table + "_no_" + op.toLowerCase() + " BEFORE " + op + " ON " + table
                                + " BEGIN SELECT RAISE(ABORT, 'audit records cannot be changed or deleted'); END");
                    }
                }
            }
        }
    }
}
