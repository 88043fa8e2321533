package am.haven.match.bench;

import no.priv.garshol.duke.ConfigLoader;
import no.priv.garshol.duke.Configuration;
import no.priv.garshol.duke.Processor;
import no.priv.garshol.duke.Record;
import no.priv.garshol.duke.matchers.AbstractMatchListener;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Duke 1.2 on a generated population, configured the way Duke's documentation shows for person
 * deduplication: lower-case/normalise cleaners, Jaro–Winkler on names, exact comparison on dates,
 * phones (digits only), documents and places, Lucene in-memory database, threshold 0.85.
 * Writes {@code id,cluster_id} (transitive closure of Duke's matches) for {@code haven link evaluate}.
 *
 * <p>usage: DukeBench INPUT.csv CLUSTERS.csv [THREADS]
 */
public final class DukeBench {
    private DukeBench() {}

    public static void main(String[] args) throws Exception {
        Path input = Path.of(args[0]).toAbsolutePath();
        Path out = Path.of(args[1]);
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        Path config = Files.createTempFile("duke", ".xml");
        Files.writeString(config, config(input), StandardCharsets.UTF_8);
        long t0 = System.nanoTime();
        Configuration cfg = ConfigLoader.load(config.toString());
        Processor processor = new Processor(cfg);
        processor.setThreads(threads);
        UnionFind uf = new UnionFind();
        processor.addMatchListener(new AbstractMatchListener() {
            @Override
            public synchronized void matches(Record r1, Record r2, double confidence) {
                uf.union(r1.getValue("ID"), r2.getValue("ID"));
            }
        });
        processor.deduplicate();
        processor.close();
        List<String> ids = ids(input);
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("id,cluster_id\n");
            for (String id : ids) w.write(id + "," + uf.find(id) + "\n");
        }
        System.err.printf("duke: %d records in %.1f s%n", ids.size(), (System.nanoTime() - t0) / 1e9);
        Files.deleteIfExists(config);
    }

    static String config(Path input) {
        String cleaner = "no.priv.garshol.duke.cleaners.LowerCaseNormalizeCleaner";
        String digits = "no.priv.garshol.duke.cleaners.DigitsOnlyCleaner";
        String jw = "no.priv.garshol.duke.comparators.JaroWinkler";
        String exact = "no.priv.garshol.duke.comparators.ExactComparator";
        return """
            <duke>
              <schema>
                <threshold>0.85</threshold>
                <property type="id"><name>ID</name></property>
                <property><name>GIVEN</name><comparator>%3$s</comparator><low>0.3</low><high>0.8</high></property>
                <property><name>FAMILY</name><comparator>%3$s</comparator><low>0.2</low><high>0.85</high></property>
                <property><name>PATRONYMIC</name><comparator>%3$s</comparator><low>0.4</low><high>0.7</high></property>
                <property><name>DOB</name><comparator>%4$s</comparator><low>0.2</low><high>0.9</high></property>
                <property><name>SEX</name><comparator>%4$s</comparator><low>0.4</low><high>0.55</high></property>
                <property><name>PHONE</name><comparator>%4$s</comparator><low>0.45</low><high>0.9</high></property>
                <property><name>DOCUMENT</name><comparator>%4$s</comparator><low>0.45</low><high>0.95</high></property>
                <property><name>PLACE</name><comparator>%4$s</comparator><low>0.45</low><high>0.6</high></property>
              </schema>
              <csv>
                <param name="input-file" value="%1$s"/>
                <param name="header-line" value="true"/>
                <column name="id" property="ID"/>
                <column name="given_name" property="GIVEN" cleaner="%2$s"/>
                <column name="family_name" property="FAMILY" cleaner="%2$s"/>
                <column name="patronymic" property="PATRONYMIC" cleaner="%2$s"/>
                <column name="birth_date" property="DOB" cleaner="%5$s"/>
                <column name="sex" property="SEX" cleaner="%2$s"/>
                <column name="phone" property="PHONE" cleaner="%5$s"/>
                <column name="document" property="DOCUMENT" cleaner="%2$s"/>
                <column name="birth_place" property="PLACE" cleaner="%2$s"/>
              </csv>
            </duke>
            """.formatted(input, cleaner, jw, exact, digits);
    }

    private static List<String> ids(Path input) throws IOException {
        List<String> ids = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
            r.readLine();
            for (String line; (line = r.readLine()) != null; ) ids.add(line.substring(0, line.indexOf(',')));
        }
        return ids;
    }

    /** Union–find over string ids. */
    static final class UnionFind {
        private final Map<String, String> parent = new HashMap<>();

        String find(String x) {
            String p = parent.getOrDefault(x, x);
            if (p.equals(x)) return x;
            String root = find(p);
            parent.put(x, root);
            return root;
        }

        void union(String a, String b) {
            String ra = find(a), rb = find(b);
            if (!ra.equals(rb)) parent.put(ra.compareTo(rb) < 0 ? rb : ra, ra.compareTo(rb) < 0 ? ra : rb);
        }
    }
}
