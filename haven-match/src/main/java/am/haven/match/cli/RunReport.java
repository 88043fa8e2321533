package am.haven.match.cli;

import am.haven.match.LinkResult;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code --report FILE.json}: what a run read, linked and could not read, for a machine to check. */
final class RunReport {
    static final String FORMAT = "haven-link-report";
    static final int VERSION = 1;

    private RunReport() {}

    static void write(Path file, Path input, int records, LinkResult result, long clusters,
                      InvalidValueReport invalid, double seconds) throws IOException {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("format", FORMAT);
        r.put("version", VERSION);
        r.put("input", input.toString());
        r.put("records", records);
        r.put("candidatePairs", result.candidatePairs());
        r.put("links", result.links().size());
        r.put("possibleMatches", result.possibleMatches().size());
        r.put("clusters", clusters);
        r.put("threshold", result.linker().model().threshold());
        r.put("possibleThreshold", result.linker().model().possibleThreshold());
        r.put("seconds", Math.round(seconds * 10) / 10.0);
        r.put("invalidValues", invalid.total());
        List<Map<String, Object>> columns = invalid.columns().stream().map(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("column", c.name());
            m.put("columnNumber", c.number());
            m.put("count", c.count());
            m.put("first", c.first().stream().map(cell -> {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("line", cell.line());
                x.put("id", cell.id());
                x.put("value", cell.value());
                x.put("reason", cell.reason());
                return x;
            }).toList());
            return m;
        }).toList();
        r.put("invalidValuesByColumn", columns);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), r);
    }
}
