package am.haven.shelter;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/** Armenia's ten marzes and Yerevan, stored by name; the centre stands in for a site without coordinates. */
public enum Region {
    YEREVAN(40.1792, 44.4991, "Yerevan", "Երևան", "Ереван"),
    ARAGATSOTN(40.3024, 44.3591, "Aragatsotn", "Արագածոտն", "Арагацотн"),
    ARARAT(39.9558, 44.5481, "Ararat", "Արարատ", "Арарат"),
    ARMAVIR(40.1544, 44.0386, "Armavir", "Արմավիր", "Армавир"),
    GEGHARKUNIK(40.3536, 45.1261, "Gegharkunik", "Գեղարքունիք", "Гегаркуник"),
    KOTAYK(40.4972, 44.7636, "Kotayk", "Կոտայք", "Котайк"),
    LORI(40.8128, 44.4883, "Lori", "Լոռի", "Лори"),
    SHIRAK(40.7894, 43.8475, "Shirak", "Շիրակ", "Ширак"),
    SYUNIK(39.2076, 46.4058, "Syunik", "Սյունիք", "Сюник"),
    TAVUSH(40.8753, 45.1486, "Tavush", "Տավուշ", "Тавуш"),
    VAYOTS_DZOR(39.7636, 45.3331, "Vayots Dzor", "Վայոց ձոր", "Вайоц Дзор");

    private final double latitude;
    private final double longitude;
    private final String[] names;

    Region(double latitude, double longitude, String... names) {
        this.latitude = latitude;
        this.longitude = longitude;
        this.names = names;
    }

    public double latitude() {
        return latitude;
    }

    public double longitude() {
        return longitude;
    }

    public String englishName() {
        return names[0];
    }

    /** The region named by its code or by its name in English, Armenian or Russian (case and spacing ignored). */
    public static Optional<Region> parse(String text) {
        if (text == null || text.isBlank()) return Optional.empty();
        String t = fold(text);
        for (Region r : values()) {
            if (fold(r.name()).equals(t)) return Optional.of(r);
            for (String n : r.names) if (fold(n).equals(t)) return Optional.of(r);
        }
        return Optional.empty();
    }

    /** The first region whose name occurs in free text such as a destination ("relatives in Gyumri, Shirak"). */
    public static Optional<Region> mentionedIn(String text) {
        if (text == null || text.isBlank()) return Optional.empty();
        String t = fold(text);
        for (Region r : values()) {
            for (String n : r.names) if (t.contains(fold(n))) return Optional.of(r);
        }
        return Optional.empty();
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", "");
    }
}
