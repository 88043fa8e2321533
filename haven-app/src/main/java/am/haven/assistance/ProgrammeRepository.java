package am.haven.assistance;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Owns {@code assistance_programme} and {@code assistance_programme_version}. */
@Repository
class ProgrammeRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ProgrammeRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(Programme p) {
        jdbc.sql("INSERT INTO assistance_programme (id, name, funder, currency, unit, recurrence, cycles, starts_on, ends_on,"
                        + " version, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(p.id(), p.name(), p.funder(), p.currency(), p.unit().name(), p.recurrence().kind().name(),
                        p.recurrence().cycles(), p.startsOn(), p.endsOn(), p.version(), p.createdAt(), p.createdBy())
                .update();
        insertVersion(p.id(), p.version(), p.amount(), p.eligibility(), p.createdAt(), p.createdBy());
    }

    /** A new version of the rules; cycles already drafted keep the version they were computed with. */
    void newVersion(String id, int version, Amount amount, List<String> eligibility, String at, String by) {
        insertVersion(id, version, amount, eligibility, at, by);
        jdbc.sql("UPDATE assistance_programme SET version = ? WHERE id = ?").params(version, id).update();
    }

    private void insertVersion(String id, int version, Amount amount, List<String> eligibility, String at, String by) {
        jdbc.sql("INSERT INTO assistance_programme_version (programme_id, version, amount, eligibility, created_at, created_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(id, version, json.writeValueAsString(amountJson(amount)), json.writeValueAsString(eligibility), at, by)
                .update();
    }

    Optional<Programme> find(String id) {
        return query(" WHERE p.id = ?", id).stream().findFirst();
    }

    List<Programme> all() {
        return query(" ORDER BY p.created_at DESC, p.id", new Object[0]);
    }

    /** The rules of an earlier version, for a cycle drafted with it. */
    Programme atVersion(Programme p, int version) {
        if (version == p.version()) return p;
        return jdbc.sql("SELECT amount, eligibility FROM assistance_programme_version WHERE programme_id = ? AND version = ?")
                .params(p.id(), version)
                .query((rs, n) -> new Programme(p.id(), p.name(), p.funder(), p.currency(), p.unit(),
                        parseAmount(rs.getString(1)), p.recurrence(), p.startsOn(), p.endsOn(), version,
                        parseList(rs.getString(2)), p.createdAt(), p.createdBy()))
                .single();
    }

    private List<Programme> query(String tail, Object... params) {
        return jdbc.sql("SELECT p.id, p.name, p.funder, p.currency, p.unit, p.recurrence, p.cycles, p.starts_on, p.ends_on,"
                        + " p.version, p.created_at, p.created_by, v.amount, v.eligibility FROM assistance_programme p"
                        + " JOIN assistance_programme_version v ON v.programme_id = p.id AND v.version = p.version" + tail)
                .params(params)
                .query((rs, n) -> new Programme(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        Unit.valueOf(rs.getString(5)), parseAmount(rs.getString(13)),
                        new Recurrence(Recurrence.Kind.valueOf(rs.getString(6)), rs.getInt(7)), rs.getString(8),
                        rs.getString(9), rs.getInt(10), parseList(rs.getString(14)), rs.getString(11), rs.getString(12)))
                .list();
    }

    /** The amount as the API and the stored version show it. */
    static Map<String, Object> amountJson(Amount amount) {
        if (amount instanceof Amount.Fixed f) return Map.of("value", f.value());
        if (amount instanceof Amount.Components c) {
            return Map.of("components", c.components().stream()
                    .map(x -> Map.of("name", x.name(), "value", x.value(), "eligibility", x.eligibility())).toList());
        }
        Map<String, Long> sizes = new java.util.LinkedHashMap<>();
        ((Amount.BySize) amount).bySize().forEach((k, v) -> sizes.put(String.valueOf(k), v));
        return Map.of("bySize", sizes);
    }

    private Amount parseAmount(String text) {
        JsonNode n = json.readTree(text);
        if (n.has("value")) return new Amount.Fixed(n.get("value").asLong());
        if (n.has("components")) {
            List<Amount.Component> cs = new ArrayList<>();
            for (JsonNode c : n.get("components")) {
                List<String> rules = new ArrayList<>();
                for (JsonNode r : c.get("eligibility")) rules.add(r.asString());
                cs.add(new Amount.Component(c.get("name").asString(), c.get("value").asLong(), rules));
            }
            return new Amount.Components(cs);
        }
        TreeMap<Integer, Long> sizes = new TreeMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = n.get("bySize").properties().iterator();
        while (it.hasNext()) {
            var e = it.next();
            sizes.put(Integer.parseInt(e.getKey()), e.getValue().asLong());
        }
        return new Amount.BySize(sizes);
    }

    private List<String> parseList(String text) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : json.readTree(text)) out.add(n.asString());
        return out;
    }
}
