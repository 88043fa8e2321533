package am.haven.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Importing a registration spreadsheet into the database, run against every database. */
abstract class HouseholdImportContract {

    @Autowired HouseholdImporter importer;
    @Autowired JdbcClient jdbc;
    @TempDir Path dir;

    static final String HEADER = "household,givenName,familyName,sex,birthDate,relationship,registrationPoint,"
            + "registeredAt,originSettlement\n";

    Path file(String name, String rows) throws IOException {
        return Files.writeString(dir.resolve(name), HEADER + rows, StandardCharsets.UTF_8);
    }

    long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    @Test
    void registers_each_household_with_its_members_latin_forms_and_registration_day() throws IOException {
        StringBuilder family = new StringBuilder("Իմպորտյան");
        UUID.randomUUID().toString().chars().limit(6).forEach(c -> family.append((char) ('ա' + c % 30)));
        Path f = file("day1.csv", "1,Արամ," + family + ",M,1961,HEAD,Goris,2023-09-25,Stepanakert\n"
                + "1,Анна," + family + ",F,1965-03,SPOUSE,,,\n"
                + "2,Lusine,Petrosyan,F,1990,HEAD,Kornidzor,2023-09-26,Martakert\n");

        var report = importer.importFile(f, "batch-" + UUID.randomUUID(), "paper desk", false);

        assertThat(report.problems()).isEmpty();
        assertThat(report.households()).isEqualTo(2);
        assertThat(report.persons()).isEqualTo(3);
        var rows = jdbc.sql("""
                SELECT p.given_name_latin, h.registered_at, h.registered_by, h.registration_point
                FROM person p JOIN household h ON h.id = p.household_id
                WHERE p.family_name = ? ORDER BY p.position""").param(family.toString())
                .query((rs, i) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4))
                .list();
        assertThat(rows).containsExactly("Aram|2023-09-25T08:00:00.000Z|paper desk|Goris",
                "Anna|2023-09-25T08:00:00.000Z|paper desk|Goris");
    }

    @Test
    void importing_the_same_batch_again_registers_nobody_twice() throws IOException {
        String batch = "batch-" + UUID.randomUUID();
        Path f = file("day2.csv", "7,Tigran,Avetisyan,M,1970,HEAD,Vayk,2023-09-27,Hadrut\n"
                + "8,Gohar,Avetisyan,F,1972,HEAD,Vayk,2023-09-27,Hadrut\n");
        long before = count("SELECT COUNT(*) FROM household");

        importer.importFile(f, batch, "clerk", false);
        var again = importer.importFile(f, batch, "clerk", false);

        assertThat(count("SELECT COUNT(*) FROM household")).isEqualTo(before + 2);
        assertThat(again.households()).isZero();
        assertThat(again.alreadyImported()).isEqualTo(2);
        assertThat(again.changedSinceImport()).isEmpty();

        Path edited = file("day2.csv", "7,Tigran,Avetisyan,M,1971,HEAD,Vayk,2023-09-27,Hadrut\n"
                + "8,Gohar,Avetisyan,F,1972,HEAD,Vayk,2023-09-27,Hadrut\n"
                + "9,Narek,Avetisyan,M,2001,HEAD,Vayk,2023-09-27,Hadrut\n");
        var third = importer.importFile(edited, batch, "clerk", false);
        assertThat(third.households()).isEqualTo(1);
        assertThat(third.changedSinceImport()).containsExactly("7");
        assertThat(count("SELECT COUNT(*) FROM household")).isEqualTo(before + 3);
    }

    @Test
    void a_file_with_one_bad_row_writes_nothing() throws IOException {
        long households = count("SELECT COUNT(*) FROM household"), persons = count("SELECT COUNT(*) FROM person");
        Path f = file("bad.csv", "1,Aram,Grigoryan,M,1960,HEAD,Goris,2023-09-25,\n"
                + "2,Anna,Grigoryan,F,someday,HEAD,Goris,2023-09-25,\n");

        var report = importer.importFile(f, "batch-" + UUID.randomUUID(), "clerk", false);

        assertThat(report.problems()).singleElement()
                .satisfies(p -> assertThat(p.field()).isEqualTo("rows[3].birthDate"));
        assertThat(count("SELECT COUNT(*) FROM household")).isEqualTo(households);
        assertThat(count("SELECT COUNT(*) FROM person")).isEqualTo(persons);
    }

    @Test
    void a_dry_run_checks_and_counts_but_writes_nothing() throws IOException {
        long households = count("SELECT COUNT(*) FROM household");
        Path f = file("dry.csv", "1,Aram,Grigoryan,M,1960,HEAD,Goris,2023-09-25,\n");

        var report = importer.importFile(f, "batch-" + UUID.randomUUID(), "clerk", true);

        assertThat(report.households()).isEqualTo(1);
        assertThat(report.dryRun()).isTrue();
        assertThat(count("SELECT COUNT(*) FROM household")).isEqualTo(households);
    }
}
