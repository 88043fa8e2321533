package am.haven.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DialectTest {

    @Test
    void a_sqlite_url_with_pragmas_is_sqlite() {
        assertThat(Dialect.of("jdbc:sqlite:haven.db?journal_mode=WAL&foreign_keys=true")).isEqualTo(Dialect.SQLITE);
    }

    @Test
    void a_postgresql_url_is_postgresql() {
        assertThat(Dialect.of("jdbc:postgresql://127.0.0.1:5432/test")).isEqualTo(Dialect.POSTGRESQL);
    }

    @Test
    void another_database_is_refused_naming_its_scheme_but_not_its_credentials() {
        assertThatThrownBy(() -> Dialect.of("jdbc:mysql://db/haven?password=secret"))
                .isInstanceOf(Dialect.UnsupportedDatabaseException.class)
                .hasMessageContaining("jdbc:mysql:")
                .hasMessageNotContaining("secret");
    }
}
