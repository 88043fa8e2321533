package am.haven.shelter;

import am.haven.shelter.allocation.SiteRule;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Owns {@code site}. Occupancy comes from {@code placement}, summed in the same query. */
@Repository
class SiteRepository {

    private static final String SELECT = """
            SELECT s.*, (SELECT COALESCE(SUM(p.persons), 0) FROM placement p
                         WHERE p.site_id = s.id AND p.status IN ('CONFIRMED', 'CHECKED_IN')) AS occupied
            FROM site s""";

    private final JdbcClient jdbc;

    SiteRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String id, SiteFields f, String now) {
        jdbc.sql("""
                INSERT INTO site (id, name, type, region, address, latitude, longitude, capacity, rooms, room_size,
                    accessible, ground_floor_beds, family_rooms, kitchen, heating, medical_point, rule, status,
                    contact_name, contact_phone, created_at, updated_at, version, bookings)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 0)""")
                .params(id, f.name(), f.type().name(), f.region().name(), f.address(), f.latitude(), f.longitude(),
                        f.capacity(), f.rooms(), f.roomSize(), f.accessible(), f.groundFloorBeds(), f.familyRooms(),
                        f.kitchen(), f.heating(), f.medicalPoint(), f.rule().name(), f.status().name(),
                        f.contactName(), f.contactPhone(), now, now)
                .update();
    }

    int update(String id, SiteFields f, String now) {
        return jdbc.sql("""
                UPDATE site SET name = ?, type = ?, region = ?, address = ?, latitude = ?, longitude = ?, capacity = ?,
                    rooms = ?, room_size = ?, accessible = ?, ground_floor_beds = ?, family_rooms = ?, kitchen = ?,
                    heating = ?, medical_point = ?, rule = ?, status = ?, contact_name = ?, contact_phone = ?,
                    updated_at = ?, version = version + 1
                WHERE id = ?""")
                .params(f.name(), f.type().name(), f.region().name(), f.address(), f.latitude(), f.longitude(),
                        f.capacity(), f.rooms(), f.roomSize(), f.accessible(), f.groundFloorBeds(), f.familyRooms(),
                        f.kitchen(), f.heating(), f.medicalPoint(), f.rule().name(), f.status().name(),
                        f.contactName(), f.contactPhone(), now, id)
                .update();
    }

    /**
     * Takes the site row's write lock for the rest of the transaction (PostgreSQL row lock; SQLite
     * already holds the database write lock), so confirmations at one site happen one after another
     * and each sees the beds the previous one took. Returns false when there is no such site.
     */
    boolean lockForBooking(String id) {
        return jdbc.sql("UPDATE site SET bookings = bookings + 1 WHERE id = ?").param(id).update() == 1;
    }

    Optional<Site> find(String id) {
        return jdbc.sql(SELECT + " WHERE s.id = ?").param(id).query(SiteRepository::site).optional();
    }

    List<Site> byIds(java.util.Collection<String> ids) {
        if (ids.isEmpty()) return List.of();
        String marks = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
        return jdbc.sql(SELECT + " WHERE s.id IN (" + marks + ")").params(List.copyOf(ids)).query(SiteRepository::site).list();
    }

    List<Site> list(Region region, SiteStatus status) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (region != null) {
            where.append(" AND s.region = ?");
            params.add(region.name());
        }
        if (status != null) {
            where.append(" AND s.status = ?");
            params.add(status.name());
        }
        return jdbc.sql(SELECT + where + " ORDER BY s.region, s.name, s.id").params(params).query(SiteRepository::site).list();
    }

    private static Site site(ResultSet rs, int i) throws SQLException {
        return new Site(rs.getString("id"), rs.getString("name"), SiteType.valueOf(rs.getString("type")),
                Region.valueOf(rs.getString("region")), rs.getString("address"), nullableDouble(rs, "latitude"),
                nullableDouble(rs, "longitude"), rs.getInt("capacity"), nullableInt(rs, "rooms"),
                nullableInt(rs, "room_size"), rs.getBoolean("accessible"), rs.getBoolean("ground_floor_beds"),
                rs.getBoolean("family_rooms"), rs.getBoolean("kitchen"), rs.getBoolean("heating"),
                rs.getBoolean("medical_point"), SiteRule.valueOf(rs.getString("rule")),
                SiteStatus.valueOf(rs.getString("status")), rs.getString("contact_name"), rs.getString("contact_phone"),
                rs.getString("created_at"), rs.getString("updated_at"), rs.getInt("version"), rs.getInt("occupied"));
    }

    private static Double nullableDouble(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    private static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }
}
