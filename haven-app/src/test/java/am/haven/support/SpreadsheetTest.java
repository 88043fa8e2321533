package am.haven.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpreadsheetTest {

    private static final String CSV = """
            household,familyName,givenName,patronymic,currentAddress
            1,Оганесян,Арам,Самвелович,"Горис, улица Сюника 7"
            1,Оганесян,Нуне,Гагиковна,"Горис, улица Сюника 7"
            2,Петросян,Лилит,Арменовна,"Ереван, проспект Маштоца 12"
            """;

    @Test
    void a_csv_saved_by_excel_on_a_russian_windows_reads_as_cyrillic_not_as_replacement_characters() {
        byte[] cp1251 = CSV.getBytes(Charset.forName("windows-1251"));

        List<List<String>> rows = Spreadsheet.read("list.csv", new ByteArrayInputStream(cp1251));

        assertThat(rows.get(1)).containsExactly("1", "Оганесян", "Арам", "Самвелович", "Горис, улица Сюника 7");
        assertThat(rows.get(3).get(1)).isEqualTo("Петросян");
        assertThat(Spreadsheet.decode(cp1251).charset().name()).isEqualTo("windows-1251");
    }

    @Test
    void a_utf8_csv_stays_utf8_with_armenian_and_a_byte_order_mark() {
        String armenian = "\uFEFFhousehold,familyName\n1,Հովհաննիսյան\n";

        List<List<String>> rows = Spreadsheet.read("list.csv", new ByteArrayInputStream(armenian.getBytes(StandardCharsets.UTF_8)));

        assertThat(rows.get(0).get(0)).isEqualTo("household");
        assertThat(rows.get(1).get(1)).isEqualTo("Հովհաննիսյան");
    }

    @Test
    void bytes_in_no_recognisable_encoding_are_refused_naming_the_file_and_what_to_do() {
        byte[] noise = new byte[] {(byte) 0xff, (byte) 0xfe, 0x00, (byte) 0x81, (byte) 0x8d, (byte) 0x90, 0x0a};

        assertThatThrownBy(() -> Spreadsheet.read("list.csv", new ByteArrayInputStream(noise)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.problems().get(0).field()).isEqualTo("file");
                    assertThat(e.problems().get(0).message()).contains("CSV UTF-8");
                });
    }
}
