package am.haven.dedup;

import am.haven.match.Contribution;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Stores the engine's per-field contributions as JSON text and reads them back. */
@Component
class Explanations {

    private static final TypeReference<List<Contribution>> LIST = new TypeReference<>() {};

    private final JsonMapper json;

    Explanations(JsonMapper json) {
        this.json = json;
    }

    String write(List<Contribution> parts) {
        return json.writeValueAsString(parts == null ? List.of() : parts);
    }

    List<Contribution> read(String text) {
        return text == null || text.isBlank() ? List.of() : json.readValue(text, LIST);
    }
}
