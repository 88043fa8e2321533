package am.haven.match.normalize;

import com.ibm.icu.text.Transliterator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

class TransliterationPropertiesTest {
    private static final Transliterator LATIN_TO_RUSSIAN = Transliterator.getInstance("Latin-Russian/BGN");

    @Provide
    Arbitrary<String> latinNames() {
        // Consonant-vowel syllables, the shape of names
        Arbitrary<String> syllable = Arbitraries.of("ka", "ra", "me", "ni", "so", "tu", "la", "ve", "di", "sa",
                "ar", "an", "pe", "go", "ho", "ban", "ter", "mar");
        return syllable.list().ofMinSize(1).ofMaxSize(5).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> anyScript() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('а', 'я').ofMinLength(1).ofMaxLength(10),
                Arbitraries.strings().withCharRange('ա', 'ֆ').ofMinLength(1).ofMaxLength(10),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10));
    }

    @Property(tries = 300)
    void every_script_becomes_plain_ascii(@ForAll("anyScript") String name) {
        assertThat(Transliteration.toLatin(name)).matches("\\p{ASCII}*");
    }

    @Property(tries = 200)
    void a_latin_name_round_tripped_through_russian_keeps_its_sound_key(@ForAll("latinNames") String name) {
        String cyrillic = LATIN_TO_RUSSIAN.transliterate(name);
        assertThat(NameKey.of(cyrillic)).isEqualTo(NameKey.of(name));
    }

    @Property(tries = 200)
    void latin_ascii_text_is_left_as_it_is(@ForAll("latinNames") String name) {
        assertThat(Transliteration.toLatin(name)).isEqualTo(name);
    }
}
