package am.haven.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text of every feature's bundle exists in English, Armenian and Russian, and none is left empty. */
class MessageBundlesTest {

    static Properties bundle(String feature, String suffix) throws Exception {
        Properties p = new Properties();
        try (var in = MessageBundlesTest.class.getResourceAsStream("/i18n/" + feature + "/messages" + suffix + ".properties")) {
            assertThat(in).as(feature + suffix).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"core", "registration", "dedup", "shelter", "tracing", "reports"})
    void every_key_exists_in_all_three_languages(String feature) throws Exception {
        Properties en = bundle(feature, ""), hy = bundle(feature, "_hy"), ru = bundle(feature, "_ru");

        assertThat(hy.keySet()).as(feature + " Armenian").isEqualTo(en.keySet());
        assertThat(ru.keySet()).as(feature + " Russian").isEqualTo(en.keySet());
        for (Properties p : List.of(en, hy, ru)) {
            p.forEach((k, v) -> assertThat(v.toString()).as(feature + " " + k).isNotBlank());
        }
    }
}
