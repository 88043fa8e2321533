package am.haven.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the page frame needs on every page (Thymeleaf 3.1 no longer exposes the request to templates):
 * on the pages of {@link WebPage} controllers and on error pages, which use the frame too.
 */
@ControllerAdvice(annotations = WebPage.class, assignableTypes = ErrorController.class)
class LayoutAdvice {

    /** The path of the page, so the frame can mark the current nav link. */
    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
