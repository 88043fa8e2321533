package am.haven.tracing;

import am.haven.erasure.ErasureStep;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Tracing's part of an erasure: candidates, case links and notes about the record. Search drops it through the change feed. */
@Component
class TracingErasure implements ErasureStep {

    private final CaseRepository cases;
    private final NoteRepository notes;

    TracingErasure(CaseRepository cases, NoteRepository notes) {
        this.cases = cases;
        this.notes = notes;
    }

    @Override
    public Map<String, Integer> erase(String personId) {
        Map<String, Integer> erased = new HashMap<>(cases.eraseInvolving(personId));
        erased.put("tracingNotes", notes.eraseAbout(personId));
        return erased;
    }
}
