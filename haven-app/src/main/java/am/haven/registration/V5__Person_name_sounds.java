package am.haven.registration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Adds the cross-script sound keys of given and family names to {@code person} and fills them for
 * the persons registered before, so the household list finds Հովհաննիսյան, Оганесян and
 * Hovhannisyan alike. The keys come from Java ({@link Names#sound}), hence a Java migration; Spring
 * hands it to Flyway as a bean. Rows are read in keyset pages, so a large table is never held at once.
 */
@Component
class V5__Person_name_sounds extends BaseJavaMigration {

    private static final int PAGE = 5000;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE person ADD COLUMN given_name_sound VARCHAR(200)");
            s.execute("ALTER TABLE person ADD COLUMN family_name_sound VARCHAR(200)");
        }
        String after = "";
        while (true) {
            List<String[]> rows = new ArrayList<>(PAGE);
            try (PreparedStatement read = c.prepareStatement(
                    "SELECT id, given_name_latin, family_name_latin FROM person WHERE id > ? ORDER BY id LIMIT " + PAGE)) {
                read.setString(1, after);
                try (ResultSet rs = read.executeQuery()) {
                    while (rs.next()) rows.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
                }
            }
            if (rows.isEmpty()) break;
            try (PreparedStatement write = c.prepareStatement(
                    "UPDATE person SET given_name_sound = ?, family_name_sound = ? WHERE id = ?")) {
                for (String[] r : rows) {
                    write.setString(1, Names.sound(r[1]));
                    write.setString(2, Names.sound(r[2]));
                    write.setString(3, r[0]);
                    write.addBatch();
                }
                write.executeBatch();
            }
            after = rows.get(rows.size() - 1)[0];
        }
        try (Statement s = c.createStatement()) {
            s.execute("CREATE INDEX person_family_sound ON person (family_name_sound)");
            s.execute("CREATE INDEX person_given_sound ON person (given_name_sound)");
        }
    }
}
