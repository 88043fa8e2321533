package am.haven.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A URL nothing answers: the error page in the reader's language for a browser, problem details
 * for the API and scripts (Spring's own handler answered every caller with English JSON).
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnknownPageAdvice {

    private final MessageSource messages;

    UnknownPageAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NoResourceFoundException.class)
    Object unknown(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        if (BrowserRequests.wantsPage(request, request.getRequestURI())) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            ModelAndView mv = new ModelAndView("error");
            mv.addObject("status", 404);
            mv.addObject("currentPath", request.getRequestURI());
            return mv;
        }
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, messages.getMessage("error.404", null, locale));
        pd.setTitle("Not found");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(pd);
    }
}
