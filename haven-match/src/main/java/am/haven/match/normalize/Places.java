package am.haven.match.normalize;

import java.util.HashMap;
import java.util.Map;

/**
 * Place names to a canonical form: script folded, administrative words dropped, and the Armenian,
 * Russian and Azerbaijani names of Karabakh settlements joined (Stepanakert / Khankendi).
 */
public final class Places {
    // Each row: canonical, then other names. Alternative spellings of one name are joined by NameKey.
    private static final String[][] ALIASES = {
        {"stepanakert", "khankendi", "xankendi", "khankendy", "stepanakertcity"},
        {"shushi", "shusha", "susa"},
        {"martakert", "aghdara", "agdere", "agdara", "akna"},
        {"martuni", "khojavend", "xocavend", "khojavand"},
        {"askeran", "asgaran"},
        {"hadrut", "khadrut", "hadrout"},
        {"berdzor", "lachin", "lacin"},
        {"kashatagh", "lachin district"},
        {"karvachar", "kalbajar", "kelbajar", "kalbacar"},
        {"mataghis", "sugovushan", "talish", "talysh"},
        {"chartar", "chartaz"},
        {"ivanyan", "khojaly", "xocali", "khojali"},
        {"karintak", "dashalty", "dasalti"},
        {"avetaranots", "chanakhchi"},
        {"sos", "sus"},
        {"kornidzor"}, {"goris"}, {"yerevan", "erevan", "erivan"}, {"gyumri", "leninakan", "kumayri"},
        {"vanadzor", "kirovakan"}
    };
    private static final Map<String, String> BY_FORM = new HashMap<>();
    private static final Map<String, String> BY_KEY = new HashMap<>();

    static {
        for (String[] row : ALIASES) {
            for (String name : row) {
                String f = name.replace(" ", "");
                BY_FORM.putIfAbsent(f, row[0]);
                String key = NameKey.ofLatin(f);
                if (key != null && key.length() >= 3) BY_KEY.putIfAbsent(key, row[0]);
            }
        }
    }

    private Places() {}

    /** The canonical folded name of a place; unknown places keep their folded form. */
    public static String canonical(String raw) {
        String w = Fold.words(raw);
        if (w == null) return null;
        w = w.replaceAll("\\b(city|town|village|gyugh|gorod|g|s|pos|selo|region|district|marz|rayon)\\b", " ")
                .trim().replaceAll(" +", " ");
        if (w.isEmpty()) return null;
        String compact = w.replace(" ", "");
        String c = BY_FORM.get(compact);
        if (c != null) return c;
        // Sound keys only for names typed in another script: in Latin "martin" and "martuni" share one.
        String key = isAscii(raw) ? null : NameKey.ofLatin(compact);
        c = key == null ? null : BY_KEY.get(key);
        return c != null ? c : compact;
    }

    private static boolean isAscii(String s) {
        return s.chars().allMatch(ch -> ch < 128);
    }
}
