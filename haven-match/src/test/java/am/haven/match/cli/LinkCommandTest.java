package am.haven.match.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LinkCommandTest {
    @TempDir
    Path dir;

    Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    static final String PEOPLE = """
            person_id,first_name,surname,dob,phone,notes
            1,Aram,Hovhannisyan,1980-05-01,091234567,x
            2,Арам,Оганесян,1980-05-01,+374 91 234 567,
            3,Lusine,Petrosyan,1975,,
            4, Lusine , Petrosian ,1975-02-03,,
            5,Tigran,Avetisyan,2001-11-11,077111222,
            """;

    @Test
    void links_a_file_and_writes_one_cluster_row_per_record() throws IOException {
        Path in = write("people.csv", PEOPLE);
        Path out = dir.resolve("clusters.csv"), pairs = dir.resolve("pairs.csv"), model = dir.resolve("m.json");

        CliHarness r = CliHarness.link("--input", in.toString(), "--id", "person_id", "--out", out.toString(),
                "--pairs", pairs.toString(), "--save-model", model.toString());

        assertThat(r.exit()).isZero();
        List<String> rows = Files.readAllLines(out);
        assertThat(rows.get(0)).isEqualTo("id,cluster_id");
        assertThat(rows).hasSize(6);
        assertThat(Files.readAllLines(pairs).get(0)).startsWith("id_l,id_r,match_probability");
        assertThat(model).exists();
    }

    @Test
    void prints_the_inferred_field_types_and_the_ignored_columns() throws IOException {
        Path in = write("people.csv", PEOPLE);
        CliHarness r = CliHarness.link("--input", in.toString(), "--id", "person_id", "--out",
                dir.resolve("c.csv").toString());
        assertThat(r.err()).contains("first_name:given_name", "surname:family_name", "dob:birth_date", "phone:phone")
                .contains("ignored columns: notes");
    }

    @Test
    void a_row_with_the_wrong_number_of_columns_is_reported_by_line() throws IOException {
        Path in = write("bad.csv", "id,given_name\n1,Aram\n2,Anna,extra\n");
        CliHarness r = CliHarness.link("--input", in.toString(), "--id", "id", "--out", dir.resolve("c.csv").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("bad.csv:3", "3 columns, header has 2");
    }

    @Test
    void quoted_fields_may_hold_commas_and_line_breaks() throws IOException {
        Path in = write("q.csv", "id,full_name,address\n1,\"Hovhannisyan, Aram\",\"12 Abovyan St,\nYerevan\"\n"
                + "2,Aram Hovhannisyan,\"12 Abovyan St, Yerevan\"\n");
        Path out = dir.resolve("c.csv");
        CliHarness r = CliHarness.link("--input", in.toString(), "--id", "id", "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readAllLines(out)).hasSize(3);
    }

    @Test
    void bad_arguments_print_the_usage_and_exit_with_2() {
        assertThat(CliHarness.link("--input").exit()).isEqualTo(2);
        assertThat(CliHarness.link("--bogus", "x").err()).contains("usage:");
        assertThat(CliHarness.link("--input", "a.csv", "--id", "id", "--out", "o.csv", "--threshold", "2").exit())
                .isEqualTo(2);
        assertThat(CliHarness.link("--input", "a.csv", "--id", "id", "--out", "o.csv", "--field", "x:colour").exit())
                .isEqualTo(2);
    }

    @Test
    void explicit_fields_replace_inference() throws IOException {
        Path in = write("people.csv", PEOPLE);
        CliHarness r = CliHarness.link("--input", in.toString(), "--id", "person_id", "--field", "surname:family_name",
                "--field", "dob:birth_date", "--out", dir.resolve("c.csv").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("inferred");
    }

    @Test
    void a_saved_model_links_new_data_without_training() throws IOException {
        Path in = write("people.csv", PEOPLE);
        Path model = dir.resolve("m.json");
        CliHarness.link("--input", in.toString(), "--id", "person_id", "--out", dir.resolve("a.csv").toString(),
                "--save-model", model.toString());

        CliHarness r = CliHarness.link("--input", in.toString(), "--id", "person_id", "--model", model.toString(),
                "--threshold", "0.8", "--out", dir.resolve("b.csv").toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readAllLines(dir.resolve("b.csv"))).hasSize(6);
        assertThat(CliHarness.link("show", "--model", model.toString()).out()).contains("first_name", "weight=");
    }

    @Test
    void a_file_with_one_record_gets_one_cluster_row() throws IOException {
        Path in = write("one.csv", "id,given_name\r\n1,Aram\r\n");
        Path out = dir.resolve("c.csv");
        CliHarness r = CliHarness.link("--input", in.toString(), "--id", "id", "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readAllLines(out)).containsExactly("id,cluster_id", "1,1");
    }

    @Test
    void evaluate_reports_pairwise_precision_recall_and_f1() throws IOException {
        Path clusters = write("c.csv", "id,cluster_id\n1,1\n2,1\n3,3\n4,3\n5,3\n");
        Path truth = write("t.csv", "id,entity_id\n1,a\n2,a\n3,b\n4,b\n5,c\n");

        CliHarness r = CliHarness.link("evaluate", "--clusters", clusters.toString(), "--truth", truth.toString());

        assertThat(r.exit()).isZero();
        // predicted pairs: (1,2),(3,4),(3,5),(4,5) = 4; true: (1,2),(3,4) = 2; correct 2
        assertThat(r.out()).contains("precision 0.5000", "recall 1.0000", "f1 0.6667");
    }

    @Test
    void with_truth_the_run_prints_pair_completeness_reduction_ratio_and_f1() throws IOException {
        Path in = write("people.csv", PEOPLE);
        Path truth = write("truth.csv", "id,entity_id\n1,aram\n2,aram\n3,lusine\n4,lusine\n5,tigran\n");

        CliHarness r = CliHarness.link("--input", in.toString(), "--id", "person_id", "--out",
                dir.resolve("c.csv").toString(), "--truth", truth.toString());

        assertThat(r.exit()).isZero();
        assertThat(r.out()).containsPattern("blocking: pair completeness 1\\.0000 \\(2 of 2 true pairs proposed\\), "
                + "reduction ratio 0\\.\\d{6} \\(\\d+ candidate pairs of 10\\)");
        assertThat(r.out()).contains("true pairs 2,").containsPattern("f1 \\d\\.\\d{4}");
    }

    @Test
    void a_truth_file_without_entity_ids_is_an_error_and_nothing_is_written() throws IOException {
        Path in = write("people.csv", PEOPLE);
        Path truth = write("truth.csv", "id,cluster\n1,a\n");
        Path out = dir.resolve("c.csv");

        CliHarness r = CliHarness.link("--input", in.toString(), "--id", "person_id", "--out", out.toString(),
                "--truth", truth.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("truth.csv:1: expected columns 'id' and 'entity_id'");
        assertThat(out).doesNotExist();
    }
}
