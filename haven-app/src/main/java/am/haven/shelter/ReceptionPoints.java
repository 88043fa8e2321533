package am.haven.shelter;

import java.util.List;
import java.util.Locale;

/**
 * Where households were received, so the optimizer can weigh the distance to a site. A registration
 * point is matched by the place name it mentions (in any of three scripts); unknown points count as
 * Goris, where most of the 2023 arrivals were received.
 */
final class ReceptionPoints {

    record Point(double latitude, double longitude, List<String> names) {}

    static final Point GORIS = new Point(39.5111, 46.3386, List.of("goris", "գորիս", "горис"));
    private static final List<Point> POINTS = List.of(
            new Point(39.4475, 46.3125, List.of("kornidzor", "կոռնիձոր", "корнидзор")),
            GORIS,
            new Point(39.6894, 45.4664, List.of("vayk", "վայք", "вайк")),
            new Point(39.2076, 46.4058, List.of("kapan", "կապան", "капан")),
            new Point(39.5208, 46.0322, List.of("sisian", "սիսիան", "сисиан")),
            new Point(39.8407, 45.6700, List.of("jermuk", "ջերմուկ", "джермук")),
            new Point(39.7636, 45.3331, List.of("yeghegnadzor", "եղեգնաձոր", "ехегнадзор")),
            new Point(40.1792, 44.4991, List.of("yerevan", "երևան", "ереван")));

    private ReceptionPoints() {}

    static Point of(String registrationPoint) {
        if (registrationPoint == null) return GORIS;
        String t = registrationPoint.toLowerCase(Locale.ROOT);
        for (Point p : POINTS) {
            for (String n : p.names()) if (t.contains(n)) return p;
        }
        return GORIS;
    }
}
