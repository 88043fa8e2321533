package am.haven.testing;

import java.util.List;
import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;

/** A feature's message bundles as the application reads them, for tests without a Spring context. */
public final class Bundles {

    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("hy"), Locale.forLanguageTag("ru"));

    private Bundles() {
    }

    /** {@code feature}'s bundles (i18n/FEATURE/messages), UTF-8, with no fallback to the machine's language. */
    public static ResourceBundleMessageSource of(String feature) {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("i18n/" + feature + "/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
