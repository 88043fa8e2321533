package am.haven.registration;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Registration's bulk read door for shelter allocation: households with their members, many at once. */
@Service
public class HouseholdProfiles {

    private static final int CHUNK = 500;

    private final JdbcClient jdbc;

    public HouseholdProfiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every registered household. */
    public List<HouseholdProfile> all() {
        return load(null);
    }

    /** The households with these ids (unknown ids are left out), in no particular order. */
    public List<HouseholdProfile> byIds(Collection<String> ids) {
        if (ids.isEmpty()) return List.of();
        List<String> list = List.copyOf(new HashSet<>(ids));
        List<HouseholdProfile> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i += CHUNK) out.addAll(load(list.subList(i, Math.min(list.size(), i + CHUNK))));
        return out;
    }

    private List<HouseholdProfile> load(List<String> ids) {
        String where = ids == null ? "" : " WHERE h.id IN (" + String.join(",", Collections.nCopies(ids.size(), "?")) + ")";
        Object[] params = ids == null ? new Object[0] : ids.toArray();
        Map<String, String[]> households = new LinkedHashMap<>();
        jdbc.sql("SELECT h.id, h.number, h.registration_point, h.origin_settlement, h.destination, h.registered_at FROM household h"
                        + where + " ORDER BY h.registered_at, h.id")
                .params(params)
                .query(rs -> {
                    households.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6)});
                });
        Map<String, Set<String>> needs = new HashMap<>();
        jdbc.sql("SELECT n.person_id, n.code FROM person_need n JOIN person p ON p.id = n.person_id JOIN household h ON h.id = p.household_id" + where)
                .params(params)
                .query(rs -> {
                    needs.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
                });
        Map<String, List<HouseholdProfile.Member>> members = new HashMap<>();
        jdbc.sql("SELECT p.id, p.household_id, p.given_name, p.family_name, p.sex, p.birth_date, p.relationship"
                        + " FROM person p JOIN household h ON h.id = p.household_id" + where + " ORDER BY p.household_id, p.position")
                .params(params)
                .query(rs -> {
                    Set<String> codes = needs.getOrDefault(rs.getString(1), Set.of());
                    members.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(new HouseholdProfile.Member(
                            rs.getString(1), rs.getString(3), rs.getString(4), Sex.valueOf(rs.getString(5).trim()),
                            rs.getString(6), Relationship.valueOf(rs.getString(7)),
                            codes.contains(SpecificNeed.MOBILITY.name()), !codes.isEmpty()));
                });
        List<HouseholdProfile> out = new ArrayList<>(households.size());
        households.forEach((id, f) -> out.add(new HouseholdProfile(id, f[0], f[1], f[2], f[3], f[4],
                List.copyOf(members.getOrDefault(id, List.of())))));
        return out;
    }
}
