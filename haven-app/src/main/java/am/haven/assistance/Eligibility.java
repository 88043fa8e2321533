package am.haven.assistance;

import am.haven.support.FieldProblem;
import am.haven.support.InvalidRequestException;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerBuilder;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Eligibility rules as CEL expressions (Google's Common Expression Language: no loops beyond its
 * bounded macros, no I/O, no access to Java), type-checked against {@link Facts} when a programme
 * is created and compiled once per cycle.
 */
@Component
public class Eligibility {

    private final CelCompiler compiler;
    private final CelRuntime runtime = CelRuntimeFactory.standardCelRuntimeBuilder().build();

    public Eligibility() {
        CelCompilerBuilder b = CelCompilerFactory.standardCelCompilerBuilder().setResultType(SimpleType.BOOL);
        Facts.TYPES.forEach(b::addVar);
        compiler = b.build();
    }

    /** One compiled rule: its position in the programme's list, its text, and the facts it reads. */
    record Rule(int index, String expression, CelRuntime.Program program, List<String> cited) {}

    /** The rules of a list, all of them checked; every bad one is reported as {@code field[i]}. */
    public List<Rule> compile(List<String> expressions, String field) {
        List<Rule> rules = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < expressions.size(); i++) {
            String e = expressions.get(i);
            String name = field + "[" + i + "]";
            if (e == null || e.isBlank()) {
                problems.add(new FieldProblem(name, "is empty"));
                continue;
            }
            CelValidationResult result = compiler.compile(e);
            if (result.hasError()) {
                problems.add(new FieldProblem(name, result.getErrorString()));
                continue;
            }
            try {
                rules.add(new Rule(i, e, runtime.createProgram(result.getAst()), cited(e)));
            } catch (CelValidationException | CelEvaluationException ex) {
                problems.add(new FieldProblem(name, ex.getMessage()));
            }
        }
        if (!problems.isEmpty()) throw new InvalidRequestException(problems);
        return rules;
    }

    /** The first rule that does not hold, as a reason; null when all hold. */
    static Reason firstFailure(List<Rule> rules, Map<String, Object> facts) {
        for (Rule r : rules) {
            Object out;
            try {
                out = r.program().eval(facts);
            } catch (CelEvaluationException e) {
                return Reason.of(Reason.Code.RULE_ERROR, Map.of("index", String.valueOf(r.index()),
                        "expression", r.expression(), "error", String.valueOf(e.getMessage())));
            }
            if (!Boolean.TRUE.equals(out)) {
                Map<String, String> values = new java.util.LinkedHashMap<>();
                values.put("index", String.valueOf(r.index()));
                values.put("expression", r.expression());
                for (String f : r.cited()) values.put(f, show(facts.get(f)));
                if (r.cited().stream().anyMatch(f -> f.startsWith("placement.")) && Boolean.TRUE.equals(facts.get(Facts.STATE_SITE))) {
                    for (String f : List.of(Facts.STATE_SITE, Facts.SITE, Facts.PLACED_SINCE)) values.put(f, show(facts.get(f)));
                }
                return Reason.of(Reason.Code.RULE, values);
            }
        }
        return null;
    }

    private static String show(Object v) {
        if (v instanceof List<?> l) return String.join(", ", l.stream().map(String::valueOf).toList());
        return String.valueOf(v);
    }

    /** Facts named in the expression's text; a reason cites their values so a reader sees why. */
    private static List<String> cited(String expression) {
        return Facts.TYPES.keySet().stream().filter(expression::contains).toList();
    }
}
