package am.haven.match.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Unreadable values are read as missing and reported; --strict stops; a malformed file always stops. */
class DirtyValuesTest {
    @TempDir
    Path dir;

    // Lines 3, 5 and 7 carry dates that are no dates; line 8 a phone of letters.
    static final String MIXED = """
            id,given_name,family_name,dob,phone
            1,Aram,Hovhannisyan,1980-05-01,091234567
            2,Арам,Оганесян,someday,+374 91 234 567
            3,Aram,Hovhannisyan,1980-05-01,091234567
            4,Lusine,Petrosyan,00.00.0000,
            5,Lusine,Petrosian,1975-02-03,
            6,Tigran,Avetisyan,2001-13-45x,077111222
            7,Tigran,Avetisyan,2001-11-11,call me
            8,Gohar,Sargsyan,-0050-01-0,
            9,Gohar,Sargsyan,1630,
            """;

    Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    CliHarness link(Path in, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("--input", in.toString(), "--id", "id",
                "--out", dir.resolve("clusters.csv").toString()));
        args.addAll(List.of(more));
        return CliHarness.link(args.toArray(new String[0]));
    }

    @Test
    void a_column_of_mixed_dates_links_with_the_bad_ones_reported_by_line() throws IOException {
        Path in = write("mixed.csv", MIXED);

        CliHarness r = link(in);

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("4 unreadable values read as missing")
                .contains("column 'dob' (#4): 3; first: line 3 'someday'", "line 5 '00.00.0000'", "line 7 '2001-13-45x'")
                .contains("column 'phone' (#5): 1; first: line 8 'call me' (not a phone number: no digits)");
        assertThat(Files.readAllLines(dir.resolve("clusters.csv"))).hasSize(10);
    }

    @Test
    void the_report_file_lists_each_column_with_its_count_and_first_lines() throws IOException {
        Path in = write("mixed.csv", MIXED);
        Path report = dir.resolve("report.json");

        CliHarness r = link(in, "--report", report.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(report.toFile());
        assertThat(j.get("records").asInt()).isEqualTo(9);
        assertThat(j.get("invalidValues").asInt()).isEqualTo(4);
        JsonNode dob = j.get("invalidValuesByColumn").get(0);
        assertThat(dob.get("column").asText()).isEqualTo("dob");
        assertThat(dob.get("columnNumber").asInt()).isEqualTo(4);
        assertThat(dob.get("count").asInt()).isEqualTo(3);
        assertThat(dob.get("first").findValuesAsText("line")).containsExactly("3", "5", "7");
        assertThat(dob.get("first").get(0).get("value").asText()).isEqualTo("someday");
        assertThat(j.get("invalidValuesByColumn").get(1).get("column").asText()).isEqualTo("phone");
    }

    @Test
    void with_strict_the_first_unreadable_value_stops_the_run_naming_file_line_and_column_and_nothing_is_written()
            throws IOException {
        Path in = write("mixed.csv", MIXED);
        Path report = dir.resolve("report.json");

        CliHarness r = link(in, "--strict", "--report", report.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("mixed.csv:3: column 'dob' (#4): not a date: 'someday'");
        assertThat(dir.resolve("clusters.csv")).doesNotExist();
        assertThat(report).doesNotExist();
        assertThat(dir).isDirectoryNotContaining(p -> p.getFileName().toString().endsWith(".tmp"));
    }

    @Test
    void with_strict_a_phone_of_letters_stops_the_run_too() throws IOException {
        Path in = write("phones.csv", "id,given_name,phone\n1,Aram,091234567\n2,Aram,no phone\n");
        CliHarness r = link(in, "--strict");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("phones.csv:3: column 'phone' (#3): not a phone number: no digits");
    }

    @Test
    void placeholders_for_unknown_are_missing_without_a_report() throws IOException {
        Path in = write("p.csv", "id,given_name,dob,phone\n1,Aram,unknown,n/a\n2,Aram,1980,-\n");
        CliHarness r = link(in, "--strict");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("unreadable");
    }

    @Test
    void broken_quoting_stops_the_run_with_its_line_and_nothing_is_written() throws IOException {
        Path in = write("q.csv", "id,given_name\n1,Aram\n2,\"Anna\n3,Gohar\n");
        CliHarness r = link(in);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("q.csv:3: unterminated quoted field");
        assertThat(dir.resolve("clusters.csv")).doesNotExist();
    }

    @Test
    void text_after_a_closing_quote_stops_the_run_with_line_and_column() throws IOException {
        Path in = write("q.csv", "id,given_name\n1,\"Aram\"x\n");
        CliHarness r = link(in);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("q.csv:2: column 2: text after a closing quote");
    }

    @Test
    void a_file_that_is_not_utf8_stops_the_run_and_nothing_is_written() throws IOException {
        Path in = dir.resolve("latin1.csv");
        Files.write(in, "id,given_name\n1,Ren\u00e9\n2,Ren\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        CliHarness r = link(in);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("latin1.csv: not valid UTF-8 text");
        assertThat(dir.resolve("clusters.csv")).doesNotExist();
    }

    @Test
    void a_row_with_a_missing_column_stops_the_run_even_without_strict() throws IOException {
        Path in = write("short.csv", "id,given_name,dob\n1,Aram,1980\n2,Anna\n");
        CliHarness r = link(in);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("short.csv:3: 2 columns, header has 3");
        assertThat(dir.resolve("clusters.csv")).doesNotExist();
    }
}
