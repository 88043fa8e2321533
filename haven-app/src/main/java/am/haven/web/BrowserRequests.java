package am.haven.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** Whether an answer should be a page (a browser asking for HTML, outside the API) or problem details. */
final class BrowserRequests {

    private BrowserRequests() {}

    /** {@code uri} is the path the caller asked for (on an error dispatch, the original one). */
    static boolean wantsPage(HttpServletRequest request, String uri) {
        if (uri.startsWith(request.getContextPath() + "/api/")) return false;
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
    }
}
