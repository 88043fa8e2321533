package am.haven.tracing;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Tracing's figures for reports: aggregate counts only, no personal data, so reports may show
 * them to analysts without an audit event.
 */
@Service
public class TracingFigures {

    private final CaseRepository cases;

    TracingFigures(CaseRepository cases) {
        this.cases = cases;
    }

    /** Number of tracing cases per status code (open, located, reunited, closed, deceased_confirmed), zeros included. */
    public Map<String, Long> casesByStatus() {
        Map<String, Long> out = new LinkedHashMap<>();
        cases.countByStatus().forEach((s, n) -> out.put(s.code(), n));
        return out;
    }
}
