package am.haven.registration;

import static org.assertj.core.api.Assertions.assertThat;

import am.haven.support.FieldProblem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class HouseholdImportTest {

    static final ZoneId YEREVAN = ZoneId.of("Asia/Yerevan");
    static final Instant NOW = Instant.parse("2023-10-02T09:00:00Z");

    static HouseholdImport.Result csv(String text) {
        return HouseholdImport.read("arrivals.csv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                "clerk", YEREVAN, NOW);
    }

    static final String HEADER = "Household,Given name,Family name,Patronymic,Sex,DOB,Relationship,Needs,"
            + "Registration point,Date,Origin,Household phone,Consent tracing\n";

    @Test
    void rows_with_the_same_household_key_become_one_household_with_the_head_first() {
        var r = csv(HEADER
                + "17,Анна,Оганесян,,F,1965-03,SPOUSE,,Goris,2023-09-25,Stepanakert,091234567,yes\n"
                + "17,Արամ,Հովհաննիսյան,Վարդանի,M,1961,HEAD,MOBILITY;OLDER_AT_RISK,,,,,\n"
                + "18,Lusine,Petrosyan,,F,1990-01-02,,,Kornidzor,2023-09-26,Martakert,,no\n");

        assertThat(r.problems()).isEmpty();
        assertThat(r.households()).hasSize(2);
        HouseholdImport.Imported first = r.households().get(0);
        assertThat(first.key()).isEqualTo("17");
        assertThat(first.rows()).containsExactly(3, 2);
        HouseholdRequest req = first.household().request();
        assertThat(req.members()).extracting(MemberRequest::givenName).containsExactly("Արամ", "Анна");
        assertThat(req.members().get(0).needs()).containsExactly("MOBILITY", "OLDER_AT_RISK");
        assertThat(req.registrationPoint()).isEqualTo("Goris");
        assertThat(req.origin().settlement()).isEqualTo("Stepanakert");
        assertThat(req.phone()).isEqualTo("091234567");
        assertThat(req.consent()).isEqualTo(new HouseholdRequest.Consent(false, true, false));
        // A bare date is noon of that day in the reporting zone, so it stays on that day everywhere.
        assertThat(first.household().registeredAt()).isEqualTo(Instant.parse("2023-09-25T08:00:00Z"));
        assertThat(first.household().registeredBy()).isEqualTo("clerk");
    }

    @Test
    void every_problem_is_named_by_row_and_column_and_nothing_is_returned_to_register() {
        var r = csv(HEADER
                + "1,Aram,Grigoryan,,M,2031,HEAD,,Goris,2023-09-25,,,\n"
                + "2,Anna,,,F,1980,HEAD,,Goris,2023-09-25,,,\n"
                + "3,Tigran,Avetisyan,,X,1970,HEAD,,Goris,2023-09-25,,,maybe\n");

        assertThat(r.households()).isEmpty();
        assertThat(r.problems()).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("rows[2].birthDate", "rows[3].familyName", "rows[4].sex",
                        "rows[4].consentTracing");
        assertThat(r.problems()).anySatisfy(p -> assertThat(p.message()).contains("in the future").contains("row 2, column F"));
        assertThat(r.problems()).anySatisfy(p -> assertThat(p.message()).contains("row 3, column C"));
    }

    @Test
    void household_columns_that_disagree_within_a_household_are_a_problem() {
        var r = csv(HEADER
                + "5,Aram,Grigoryan,,M,1960,HEAD,,Goris,2023-09-25,Stepanakert,,\n"
                + "5,Anna,Grigoryan,,F,1962,SPOUSE,,Goris,2023-09-25,Shushi,,\n");

        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("rows[3].originSettlement");
            assertThat(p.message()).contains("differs from 'Stepanakert' on row 2");
        });
    }

    @Test
    void unknown_and_missing_columns_are_reported_from_the_header() {
        var r = csv("Household,Given name,Sex,Shoe size\n1,Aram,M,42\n");
        assertThat(r.problems()).extracting(FieldProblem::message)
                .contains("unknown column 'Shoe size' (column D)", "needs a column familyName");
    }

    @Test
    void a_row_without_a_household_key_is_a_problem() {
        var r = csv(HEADER + ",Aram,Grigoryan,,M,1960,HEAD,,Goris,2023-09-25,,,\n");
        assertThat(r.problems()).extracting(FieldProblem::field).containsExactly("rows[2].household");
    }

    @Test
    void reads_the_first_sheet_of_a_workbook_and_skips_an_hxl_row() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var sheet = wb.createSheet("arrivals");
            String[][] rows = {
                {"household", "given_name", "family_name", "sex", "birth_date", "registration_point"},
                {"#household+code", "#beneficiary+name+first", "#beneficiary+name+last", "#sex", "#date+birth", "#loc"},
                {"A-1", "Գոհար", "Սարգսյան", "F", "1948", "Vayk"}};
            for (int i = 0; i < rows.length; i++) {
                var row = sheet.createRow(i);
                for (int c = 0; c < rows[i].length; c++) row.createCell(c).setCellValue(rows[i][c]);
            }
            wb.write(bytes);
        }
        var r = HouseholdImport.read("arrivals.xlsx", new ByteArrayInputStream(bytes.toByteArray()), "clerk", YEREVAN, NOW);

        assertThat(r.problems()).isEmpty();
        assertThat(r.households()).singleElement().satisfies(h -> {
            assertThat(h.rows()).containsExactly(3);
            assertThat(h.household().request().members().get(0).familyName()).isEqualTo("Սարգսյան");
            assertThat(h.household().registeredAt()).isEqualTo(NOW);
        });
    }

    @Test
    void an_empty_file_is_a_problem_not_an_empty_import() {
        assertThat(csv(HEADER).problems()).extracting(FieldProblem::message).containsExactly("has no person rows");
    }
}
