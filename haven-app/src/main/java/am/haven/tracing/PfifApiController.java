package am.haven.tracing;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** PFIF 1.4 export and import for exchange with other person finders. */
@RestController
@RequestMapping("/api/v1/pfif")
@PreAuthorize(Roles.TRACING)
class PfifApiController {

    private final PfifService pfif;

    PfifApiController(PfifService pfif) {
        this.pfif = pfif;
    }

    @GetMapping
    void export(@RequestParam(required = false) String since, @RequestParam(defaultValue = "false") boolean leads,
                HttpServletResponse response) throws IOException {
        // Validate before the body starts, so a bad 'since' still becomes a 400 problem.
        java.io.StringWriter buffer = new java.io.StringWriter();
        pfif.export(since, leads, buffer);
        response.setContentType("application/xml");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(buffer.toString());
    }

    @PostMapping(consumes = {"application/xml", "text/xml", "application/octet-stream", "text/plain"})
    PfifImportSummary importDocument(@RequestBody byte[] body) {
        return pfif.importDocument(new ByteArrayInputStream(body));
    }
}
