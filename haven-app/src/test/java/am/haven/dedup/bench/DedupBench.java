package am.haven.dedup.bench;

import am.haven.dedup.PersonRecords;
import am.haven.match.Candidate;
import am.haven.match.LinkResult;
import am.haven.match.Linker;
import am.haven.match.MatchIndex;
import am.haven.match.Record;
import am.haven.match.TrainingOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * De-duplication's in-memory benchmark (never run by {@code mvn verify}): on a population made by
 * {@code ./haven generate}, the relink core (train + link + cluster every record, as
 * {@code haven relink} does after reading the persons) and the incremental match latency of the
 * matcher (score one new record against the index, then add it) for the last {@code --new} records.
 * See docs/benchmarks.md for the command.
 */
public final class DedupBench {

    public static void main(String[] args) throws IOException {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) o.put(args[i], args[i + 1]);
        Path input = Path.of(o.get("--input"));
        int fresh = Integer.parseInt(o.getOrDefault("--new", "2000"));
        List<Record> records = read(input);
        System.out.printf("records: %,d from %s; heap max %d MB%n", records.size(), input,
                Runtime.getRuntime().maxMemory() >> 20);

        // --train N: train (and time the relink core) on the first N records only, when only the
        // incremental latency is wanted; the model is as good for scoring and the run much shorter.
        int train = Math.min(records.size(), Integer.parseInt(o.getOrDefault("--train", Integer.toString(records.size()))));
        long t0 = System.nanoTime();
        LinkResult result = Linker.trainAndLink(PersonRecords.SCHEMA, records.subList(0, train), TrainingOptions.defaults(),
                (stage, done, total) -> { });
        long t1 = System.nanoTime();
        System.out.printf("relink core (train + link + cluster %,d records): %.1f s, %,d candidate pairs, %,d pairs >= possible%n",
                train, (t1 - t0) / 1e9, result.candidatePairs(), result.pairs().size());

        Linker linker = result.linker();
        MatchIndex index = linker.newIndex();
        int base = records.size() - fresh;
        long t2 = System.nanoTime();
        for (int i = 0; i < base; i++) index.add(records.get(i));
        long t3 = System.nanoTime();
        System.out.printf("index build (%,d records): %.1f s%n", base, (t3 - t2) / 1e9);

        long[] nanos = new long[fresh];
        int linked = 0;
        for (int i = 0; i < fresh; i++) {
            Record r = records.get(base + i);
            long s = System.nanoTime();
            List<Candidate> c = index.match(r, 10, linker.model().possibleThreshold());
            index.add(r);
            nanos[i] = System.nanoTime() - s;
            if (!c.isEmpty() && c.get(0).probability() >= linker.model().threshold()) linked++;
        }
        Arrays.sort(nanos);
        System.out.printf("incremental match+add into %,d: p50 %.2f ms, p99 %.2f ms, max %.2f ms over %,d records (%,d above threshold)%n",
                base, nanos[fresh / 2] / 1e6, nanos[(int) (fresh * 0.99)] / 1e6, nanos[fresh - 1] / 1e6, fresh, linked);
    }

    static List<Record> read(Path file) throws IOException {
        List<Record> out = new ArrayList<>();
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            var it = lines.iterator();
            String[] header = split(it.next());
            while (it.hasNext()) {
                String[] v = split(it.next());
                Map<String, String> m = new HashMap<>();
                for (int c = 1; c < header.length && c < v.length; c++) {
                    String field = "birth_place".equals(header[c]) ? PersonRecords.ORIGIN : header[c];
                    if (!v[c].isBlank()) m.put(field, v[c]);
                }
                out.add(new Record(v[0], m));
            }
        }
        return out;
    }

    /** One CSV line with double-quoted fields. */
    static String[] split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') { cur.append('"'); i++; }
                else if (ch == '"') quoted = false;
                else cur.append(ch);
            } else if (ch == '"') quoted = true;
            else if (ch == ',') { out.add(cur.toString()); cur.setLength(0); }
            else cur.append(ch);
        }
        out.add(cur.toString());
        return out.toArray(new String[0]);
    }
}
