package am.haven.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    @TempDir Path dir;

    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = ImportCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void imports_a_spreadsheet_once_and_says_so_when_run_again() throws IOException {
        Path file = Files.writeString(dir.resolve("goris-2023-09-25.csv"), """
                household,given name,family name,sex,birth date,relationship,registration point,date
                1,Արամ,Հովհաննիսյան,M,1961,HEAD,Goris,2023-09-25
                1,Анна,Оганесян,F,1965-03,SPOUSE,,
                """, StandardCharsets.UTF_8);
        String data = dir.resolve("data").toString();

        Run first = run("households", file.toString(), "--data", data);
        Run again = run("households", file.toString(), "--data", data);

        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains("imported 1 households (2 persons); 0 already imported by batch 'goris-2023-09-25.csv'");
        assertThat(again.out()).contains("imported 0 households (0 persons); 1 already imported");
    }

    @Test
    void a_bad_row_is_printed_with_row_and_column_and_exits_1() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.csv"), "household,givenName,familyName,sex\n1,Aram,Grigoryan,Q\n",
                StandardCharsets.UTF_8);

        Run r = run("households", file.toString(), "--data", dir.resolve("data").toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("rows[2].sex: must be F or M, not 'Q' (row 2, column D)")
                .contains("nothing was imported");
    }

    @Test
    void wrong_arguments_print_the_usage_and_exit_2() {
        Run r = run("sites", "x.csv");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("usage: haven import households");
        assertThat(run("households", "x.csv", "--frobnicate").exit()).isEqualTo(2);
    }
}
