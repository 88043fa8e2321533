package am.haven.dedup;

import am.haven.match.model.LinkageModel;
import am.haven.security.AuditLog;
import am.haven.support.FieldProblem;
import am.haven.support.InvalidRequestException;
import am.haven.support.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Model management for admins: versions, the active model's JSON, thresholds with a preview. */
@Service
public class ModelService {

    /**
     * How many decisions new thresholds would change, estimated from the scores already stored:
     * machine links that would fall below the match threshold, open review pairs that would be
     * linked, and open review pairs that would drop out of the review band. A relink applies them
     * to the whole population.
     */
    public record Preview(double threshold, double possibleThreshold, long linksDropped, long reviewsLinked,
                          long reviewsDropped, long linksKept) {}

    private final ModelRepository models;
    private final ActiveModel active;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    ModelService(ModelRepository models, ActiveModel active, AuditLog audit, JdbcClient jdbc,
                 PlatformTransactionManager txManager) {
        this.models = models;
        this.active = active;
        this.audit = audit;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(txManager);
    }

    public List<ModelRepository.Summary> list() {
        active.current();
        return models.list();
    }

    /** A stored model's JSON as saved. */
    public String json(int version) {
        String text = models.findJson(version);
        if (text == null) throw new NotFoundException("model", Integer.toString(version));
        return text;
    }

    public int activeVersion() {
        return active.current().version();
    }

    public Preview preview(Double threshold, Double possible) {
        validate(threshold, possible);
        long dropped = count("SELECT COUNT(*) FROM machine_link WHERE probability < ?", threshold);
        long kept = count("SELECT COUNT(*) FROM machine_link WHERE probability >= ?", threshold);
        long linked = count("SELECT COUNT(*) FROM review_item WHERE status = 'PENDING' AND probability >= ?", threshold);
        long out = count("SELECT COUNT(*) FROM review_item WHERE status = 'PENDING' AND probability < ?", possible);
        return new Preview(threshold, possible, dropped, linked, out, kept);
    }

    /** Stores the active model with new thresholds as a new active version; the index follows. */
    public int setThresholds(Double threshold, Double possible) {
        validate(threshold, possible);
        LinkageModel changed = active.current().linker().withThresholds(threshold, possible).model();
        String actor = AuditLog.currentActor();
        int version = tx.execute(s -> {
            int v = models.insertActive(changed, actor, "thresholds " + threshold + " / " + possible);
            audit.record("UPDATE", "linkage_model", Integer.toString(v), "threshold=" + threshold + " possible=" + possible);
            return v;
        });
        active.refresh();
        return version;
    }

    private long count(String sql, double value) {
        return jdbc.sql(sql).param(value).query(Long.class).single();
    }

    private static void validate(Double threshold, Double possible) {
        List<FieldProblem> problems = new ArrayList<>();
        if (threshold == null || threshold <= 0 || threshold >= 1) {
            problems.add(new FieldProblem("threshold", "must be a probability between 0 and 1"));
        }
        if (possible == null || possible <= 0 || possible >= 1) {
            problems.add(new FieldProblem("possibleThreshold", "must be a probability between 0 and 1"));
        } else if (threshold != null && possible > threshold) {
            problems.add(new FieldProblem("possibleThreshold", "must not be above threshold"));
        }
        if (!problems.isEmpty()) throw new InvalidRequestException(problems);
    }
}
