package am.haven.tracing;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public finder over JSON, without sign-in (see {@link PublicFinder} for what it shows). */
@RestController
class PublicFinderApiController {

    private final PublicFinder finder;

    PublicFinderApiController(PublicFinder finder) {
        this.finder = finder;
    }

    @GetMapping("/api/v1/public/finder")
    PublicFinder.Answer find(@RequestParam(required = false) String q, HttpServletRequest request) {
        return finder.find(q, request.getRemoteAddr());
    }

    @ExceptionHandler(PublicFinder.TooManyQueries.class)
    ResponseEntity<ProblemDetail> tooMany(PublicFinder.TooManyQueries e) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, e.getMessage());
        pd.setTitle("Too many requests");
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", String.valueOf(e.retryAfterSeconds()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(pd);
    }
}
