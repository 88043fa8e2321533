package am.haven.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * What the servlet container answers itself (a malformed URL, an exception no advice handled):
 * problem details for the API and scripts, the error page in the user's language for a browser,
 * instead of Spring Boot's own JSON shape that no client of Haven expects.
 */
@Controller
class ErrorPages implements ErrorController {

    private static final Set<Integer> WITH_OWN_MESSAGE = Set.of(400, 403, 404, 409);

    private final MessageSource messages;

    ErrorPages(MessageSource messages) {
        this.messages = messages;
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) {
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer s ? s : 500;
        String uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String u ? u : request.getRequestURI();
        if (BrowserRequests.wantsPage(request, uri)) {
            response.setStatus(status);
            model.addAttribute("status", status);
            return "error";
        }
        String key = "error." + (WITH_OWN_MESSAGE.contains(status) ? status : "other");
        HttpStatus code = HttpStatus.resolve(status) == null ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.resolve(status);
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(code, messages.getMessage(key, null, locale));
        pd.setTitle(code.getReasonPhrase());
        pd.setInstance(java.net.URI.create(uri));
        return ResponseEntity.status(code).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(pd);
    }
}
