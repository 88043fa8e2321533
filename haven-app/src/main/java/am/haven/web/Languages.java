package am.haven.web;

import java.util.List;
import java.util.Locale;

/** The languages Haven's pages are written in: Armenian, Russian and English. */
public final class Languages {

    public static final List<String> CODES = List.of("hy", "ru", "en");

    private Languages() {}

    public static boolean isSupported(Locale locale) {
        return locale != null && CODES.contains(locale.getLanguage());
    }
}
