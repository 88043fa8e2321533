package am.haven.dedup;

import am.haven.match.model.LinkageModel;
import am.haven.support.Timestamps;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Owns {@code linkage_model}: every model Haven has used, as versioned JSON; one is active. */
@Repository
class ModelRepository {

    /** A stored model's facts without its JSON, for lists. */
    record Summary(int version, double threshold, double possibleThreshold, String createdAt, String createdBy,
                   String note, boolean active) {}

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ModelRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<Integer> activeVersion() {
        return jdbc.sql("SELECT version FROM linkage_model WHERE active = TRUE").query(Integer.class).optional();
    }

    Optional<LinkageModel> find(int version) {
        return jdbc.sql("SELECT model_json FROM linkage_model WHERE version = ?").param(version)
                .query(String.class).optional().map(text -> json.readValue(text, LinkageModel.class));
    }

    String findJson(int version) {
        return jdbc.sql("SELECT model_json FROM linkage_model WHERE version = ?").param(version)
                .query(String.class).optional().orElse(null);
    }

    List<Summary> list() {
        return jdbc.sql("""
                SELECT version, threshold, possible_threshold, created_at, created_by, note, active
                FROM linkage_model ORDER BY version DESC""")
                .query((rs, i) -> new Summary(rs.getInt(1), rs.getDouble(2), rs.getDouble(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getBoolean(7))).list();
    }

    /** Stores the very first model unless another instance already did; true when this call stored it. */
    boolean insertFirst(LinkageModel model, String note) {
        return jdbc.sql("""
                INSERT INTO linkage_model (version, model_json, threshold, possible_threshold, created_at, created_by, note, active)
                VALUES (1, ?, ?, ?, ?, 'system', ?, TRUE) ON CONFLICT (version) DO NOTHING""")
                .params(json.writeValueAsString(model), model.threshold(), model.possibleThreshold(), Timestamps.now(), note)
                .update() == 1;
    }

    /** Stores a new version and makes it the active one; call inside a transaction. */
    int insertActive(LinkageModel model, String actor, String note) {
        int version = jdbc.sql("SELECT COALESCE(MAX(version), 0) + 1 FROM linkage_model").query(Integer.class).single();
        jdbc.sql("UPDATE linkage_model SET active = FALSE WHERE active = TRUE").update();
        jdbc.sql("""
                INSERT INTO linkage_model (version, model_json, threshold, possible_threshold, created_at, created_by, note, active)
                VALUES (?, ?, ?, ?, ?, ?, ?, TRUE)""")
                .params(version, json.writeValueAsString(model), model.threshold(), model.possibleThreshold(),
                        Timestamps.now(), actor, note)
                .update();
        return version;
    }
}
