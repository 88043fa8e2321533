package am.haven.match.cli;

import am.haven.match.MatchException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Minimal "--name value" option parsing with all problems reported as usage errors. */
final class Options {
    private Options() {}

    /** A command line that does not fit the usage (exit code 2). */
    static class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    /** A usage problem found after parsing (thrown unchecked, mapped to exit code 2 by the caller). */
    static class UsageFailure extends MatchException {
        UsageFailure(String message) {
            super(message);
        }
    }

    static Map<String, List<String>> parse(String[] args, List<String> known, List<String> repeatable)
            throws UsageException {
        return parse(args, known, repeatable, List.of());
    }

    /** As {@link #parse(String[], List, List)}; {@code flags} take no value (present means on). */
    static Map<String, List<String>> parse(String[] args, List<String> known, List<String> repeatable,
                                           List<String> flags) throws UsageException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String value = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                value = a.substring(eq + 1);
                a = a.substring(0, eq);
            }
            if (flags.contains(a)) {
                if (value != null) throw new UsageException(a + " takes no value");
                if (out.containsKey(a)) throw new UsageException(a + " given twice");
                out.put(a, List.of("true"));
                continue;
            }
            if (!known.contains(a)) throw new UsageException("unknown argument '" + args[i] + "'");
            if (value == null) {
                if (i + 1 >= args.length || args[i + 1].startsWith("--")) throw new UsageException(a + " needs a value");
                value = args[++i];
            }
            if (out.containsKey(a) && !repeatable.contains(a)) throw new UsageException(a + " given twice");
            out.computeIfAbsent(a, k -> new ArrayList<>()).add(value);
        }
        return out;
    }

    static void require(Map<String, List<String>> opts, String... names) throws UsageException {
        List<String> missing = new ArrayList<>();
        for (String n : names) if (!opts.containsKey(n)) missing.add(n);
        if (!missing.isEmpty()) throw new UsageException("missing " + String.join(", ", missing));
    }

    static String one(Map<String, List<String>> opts, String name) {
        return opts.get(name).get(0);
    }
}
