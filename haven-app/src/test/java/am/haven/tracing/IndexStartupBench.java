package am.haven.tracing;

import am.haven.registration.RegisteredPersons;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * What tracing adds to start-up (not run by {@code mvn verify}): reads every registered person
 * through registration's read door from an existing Haven database and fills the search index,
 * as {@link TracingWorker} does at start-up.
 *
 * <pre>
 * java -Xmx8g -cp (as for SearchBench) am.haven.tracing.IndexStartupBench 'jdbc:sqlite:/path/haven.db' [user] [password]
 * </pre>
 */
public final class IndexStartupBench {

    public static void main(String[] args) {
        DriverManagerDataSource ds = new DriverManagerDataSource(args[0], args.length > 1 ? args[1] : "", args.length > 2 ? args[2] : "");
        RegisteredPersons persons = new RegisteredPersons(JdbcClient.create(ds));
        long t0 = System.nanoTime();
        long[] read = {0};
        persons.forEach(p -> read[0]++);
        double readSeconds = (System.nanoTime() - t0) / 1e9;
        SearchIndex index = new SearchIndex();
        long t1 = System.nanoTime();
        persons.forEach(index::add);
        double fillSeconds = (System.nanoTime() - t1) / 1e9;
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "persons=%d read-only pass=%.1fs read+index pass=%.1fs heap-in-use=%dMB%n",
                index.size(), readSeconds, fillSeconds, (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
    }
}
