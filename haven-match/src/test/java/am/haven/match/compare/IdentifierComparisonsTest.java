package am.haven.match.compare;

import am.haven.match.FieldType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class IdentifierComparisonsTest {

    @Nested
    class Phones {
        final Comparison phone = new PhoneComparison("phone", "AM");

        @ParameterizedTest(name = "{0} vs {1}: {2}")
        @CsvSource({"091234567, +374 91 234 567, exact", "091234567, 093234567, same last 6 digits",
            "091234567, 091234568, one edit apart", "091234567, 077111222, else", "091234567, '', null"})
        void levels(String a, String b, String level) {
            assertThat(Levels.of(phone, a, b)).isEqualTo(level);
        }
    }

    @Nested
    class Documents {
        final Comparison doc = new DocumentComparison("doc");

        @ParameterizedTest(name = "{0} vs {1}: {2}")
        @CsvSource({"AM1234567, АМ 1234567, exact", "AM1234567, AN1234567, same digits",
            "AM1234567, AM1234576, one edit apart", "AM1234567, AK7654321, else"})
        void levels(String a, String b, String level) {
            assertThat(Levels.of(doc, a, b)).isEqualTo(level);
        }
    }

    @Nested
    class Emails {
        final Comparison email = new EmailComparison("email");

        @ParameterizedTest(name = "{0} vs {1}: {2}")
        @CsvSource({"Aram@Mail.am, aram@mail.am, exact", "aram@mail.am, aram@gmail.com, same local part",
            "aram.h@mail.am, aram.g@yandex.ru, jaro-winkler >= 0.88", "aram@mail.am, lusine@mail.am, else"})
        void levels(String a, String b, String level) {
            assertThat(Levels.of(email, a, b)).isEqualTo(level);
        }
    }

    @Nested
    class Postcodes {
        final Comparison postcode = new PostcodeComparison("postcode");

        @ParameterizedTest(name = "{0} vs {1}: {2}")
        @CsvSource({"0010, 0010, exact", "2612, 2621, one edit apart", "26120, 26199, same first 3", "2612, 4000, else"})
        void levels(String a, String b, String level) {
            assertThat(Levels.of(postcode, a, b)).isEqualTo(level);
        }
    }

    @Nested
    class Places {
        final Comparison place = new PlaceComparison("place");

        @ParameterizedTest(name = "{0} vs {1}: {2}")
        @CsvSource({"Stepanakert, Khankendi, same place", "Martakert, Martakerd, jaro-winkler >= 0.88",
            "Shushi, Hadrut, else"})
        void levels(String a, String b, String level) {
            assertThat(Levels.of(place, a, b)).isEqualTo(level);
        }
    }

    @Nested
    class Texts {
        final Comparison address = new TextComparison("address", FieldType.ADDRESS);

        @ParameterizedTest(name = "{0} vs {1}: {2}")
        @CsvSource({"'12 Tigran Mets St.', '12 tigran mets st', exact",
            "'12 Tigran Mets St', '12 Tigran Mets Str', jaro-winkler >= 0.92",
            "'12 Tigran Mets', '21 Tigran Metz Ave', jaro-winkler >= 0.80", "'12 Tigran Mets', 'Baghramyan 5', else"})
        void levels(String a, String b, String level) {
            assertThat(Levels.of(address, a, b)).isEqualTo(level);
        }
    }

    @Nested
    class Sexes {
        final Comparison sex = new SexComparison("sex");

        @ParameterizedTest(name = "{0} vs {1}: {2}")
        @CsvSource({"M, М, same", "F, արական, else"})
        void levels(String a, String b, String level) {
            assertThat(Levels.of(sex, a, b)).isEqualTo(level);
        }
    }

    @Nested
    class FullNames {
        final Comparison full = new FullNameComparison("name");

        @ParameterizedTest(name = "{0} vs {1}: {2}")
        @CsvSource({"'Aram Hovhannisyan', 'Hovhannisyan Aram', exact",
            "'Оганесян Арам', 'Hovhannisyan Aram', same sound keys",
            "'Оганесян Арам Арменович', 'Hovhannisyan Aram', most sound keys shared",
            "'Aram Hovhannisyan Armeni', 'Aram Hovhannisyan Karoyi', most sound keys shared",
            "'Aram Petrosyan', 'Aram Petrosian', same sound keys", "'Aram Petrosyan', 'Aram Petrosyab', jaro-winkler >= 0.90", "'Aram Petrosyan', 'Lusine Avetisyan', else"})
        void levels(String a, String b, String level) {
            assertThat(Levels.of(full, a, b)).isEqualTo(level);
        }
    }
}
