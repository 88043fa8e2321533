package am.haven.dedup;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The review queue and human decisions over JSON. */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize(DedupAccess.REVIEW)
class ReviewApiController {

    record DecisionRequest(String decision) {}

    record PairDecisionRequest(String left, String right, String decision) {}

    private final ReviewService reviews;

    ReviewApiController(ReviewService reviews) {
        this.reviews = reviews;
    }

    @GetMapping("/review")
    ReviewService.Page list(@RequestParam(defaultValue = "pending") String status,
                            @RequestParam(defaultValue = "0") int offset,
                            @RequestParam(defaultValue = "50") int limit) {
        return reviews.list(status, offset, limit);
    }

    @GetMapping("/review/{id}")
    ReviewService.Detail detail(@PathVariable String id) {
        return reviews.detail(id);
    }

    @PostMapping("/review/{id}")
    ReviewService.Outcome decide(@PathVariable String id, @RequestBody DecisionRequest body) {
        return reviews.decide(id, body.decision());
    }

    @PostMapping("/decisions")
    @ResponseStatus(HttpStatus.CREATED)
    ReviewService.Outcome decidePair(@RequestBody PairDecisionRequest body) {
        return reviews.decidePair(body.left(), body.right(), body.decision());
    }

    @PostMapping("/decisions/{id}/retract")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void retract(@PathVariable String id) {
        reviews.retract(id);
    }
}
