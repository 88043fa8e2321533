package am.haven.web;

import am.haven.support.ConflictException;
import am.haven.support.InvalidRequestException;
import am.haven.support.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Error pages (in the user's language) for the HTML controllers marked {@link WebPage}. */
@ControllerAdvice(annotations = WebPage.class)
class PageErrorAdvice {

    @ExceptionHandler(NotFoundException.class)
    String notFound(HttpServletResponse response, Model model) {
        return page(response, model, 404);
    }

    @ExceptionHandler(ConflictException.class)
    String conflict(HttpServletResponse response, Model model) {
        return page(response, model, 409);
    }

    @ExceptionHandler({InvalidRequestException.class, InvalidParameterException.class})
    String invalid(HttpServletResponse response, Model model) {
        return page(response, model, 400);
    }

    private static String page(HttpServletResponse response, Model model, int status) {
        response.setStatus(status);
        model.addAttribute("status", status);
        return "error";
    }
}
