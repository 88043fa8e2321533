package am.haven.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTest {

    static Properties bundle(String suffix) throws Exception {
        Properties p = new Properties();
        try (var in = MessagesTest.class.getResourceAsStream("/i18n/tracing/messages" + suffix + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void every_tracing_text_exists_in_english_armenian_and_russian() throws Exception {
        Properties en = bundle(""), hy = bundle("_hy"), ru = bundle("_ru");

        assertThat(hy.keySet()).isEqualTo(en.keySet());
        assertThat(ru.keySet()).isEqualTo(en.keySet());
        assertThat(hy.getProperty("tracing.finder.title")).isNotEqualTo(en.getProperty("tracing.finder.title"));
    }
}
