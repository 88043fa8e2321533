package am.haven.web;

import am.haven.support.StillLoadingException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Answers 503 for a controller whose database failed. It must be Spring MVC's own handler: left to
 * Spring, a failure whose causes include an {@code EOFException} or a "broken pipe" (a lost
 * database connection) is taken for an HTTP client that went away, and the clerk got an empty
 * 200, as if the registration had been saved.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnavailableAdvice {

    private static final Logger log = LoggerFactory.getLogger(UnavailableAdvice.class);

    private final Unavailable unavailable;

    UnavailableAdvice(Unavailable unavailable) {
        this.unavailable = unavailable;
    }

    @ExceptionHandler({DataAccessException.class, TransactionException.class, StillLoadingException.class})
    void unavailable(RuntimeException e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Unavailable.Reason reason = Unavailable.reasonOf(e).orElseThrow(() -> e);
        log.warn("{} {}: 503 {} ({})", request.getMethod(), request.getRequestURI(), reason.slug(), UnavailableFilter.rootMessage(e));
        unavailable.write(request, response, reason);
    }
}
