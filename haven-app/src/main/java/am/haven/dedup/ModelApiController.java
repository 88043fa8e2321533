package am.haven.dedup;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Admins: linkage models, thresholds and relink jobs. */
@RestController
@RequestMapping("/api/v1/dedup")
@PreAuthorize(DedupAccess.ADMIN)
class ModelApiController {

    record Thresholds(Double threshold, Double possibleThreshold) {}

    private final ModelService models;
    private final RelinkService relink;
    private final PersonIndex index;
    private final MatchWorker matcher;

    ModelApiController(ModelService models, RelinkService relink, PersonIndex index, MatchWorker matcher) {
        this.models = models;
        this.relink = relink;
        this.index = index;
        this.matcher = matcher;
    }

    /** How far matching has got: records indexed here, records waiting to be matched, model in use. */
    @GetMapping("/status")
    Map<String, Object> status() {
        return Map.of("ready", index.isReady(), "indexed", index.size(), "pending", matcher.waiting(),
                "activeModel", models.activeVersion());
    }

    @GetMapping("/models")
    Map<String, Object> list() {
        var items = models.list();
        return Map.of("items", items, "total", items.size(), "active", models.activeVersion());
    }

    @GetMapping(value = "/models/{version}", produces = MediaType.APPLICATION_JSON_VALUE)
    String model(@PathVariable int version) {
        return models.json(version);
    }

    @PostMapping("/thresholds/preview")
    ModelService.Preview preview(@RequestBody Thresholds body) {
        return models.preview(body.threshold(), body.possibleThreshold());
    }

    @PostMapping("/thresholds")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> setThresholds(@RequestBody Thresholds body) {
        int version = models.setThresholds(body.threshold(), body.possibleThreshold());
        return Map.of("id", version, "version", version);
    }

    @PostMapping("/relink")
    ResponseEntity<Map<String, Object>> startRelink() {
        String id = relink.start();
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("id", id, "status", "RUNNING"));
    }

    @GetMapping("/relink")
    Map<String, Object> jobs() {
        var items = relink.recentJobs();
        return Map.of("items", items, "total", items.size());
    }

    @GetMapping("/relink/{id}")
    RelinkJob job(@PathVariable String id) {
        return relink.job(id).orElseThrow(() -> new am.haven.support.NotFoundException("relink job", id));
    }
}
