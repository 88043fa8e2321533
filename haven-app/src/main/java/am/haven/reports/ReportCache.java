package am.haven.reports;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reuses report answers while the data behind them has not changed. Aggregating a million person
 * records takes seconds on SQLite; checking {@code report_data_version} takes milliseconds. The
 * version is read before the answer is computed, so a write that lands meanwhile makes the next
 * request recompute: an answer is never served for data older than its version. Entries also
 * expire after {@code haven.reports.cache-seconds} (0 turns the cache off) as a safety net for
 * writes the version does not see. Per JVM and rebuilt on demand, so several instances may share
 * one database.
 */
@Component
class ReportCache {

    static final int MAX_ENTRIES = 500;

    private record Entry(List<Long> version, Instant at, Object value) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final JdbcClient jdbc;
    private final Duration maxAge;
    private final Clock clock = Clock.systemUTC();

    ReportCache(JdbcClient jdbc, ReportSettings settings) {
        this.jdbc = jdbc;
        this.maxAge = Duration.ofSeconds(settings.cacheSeconds());
    }

    @SuppressWarnings("unchecked")
    <T> T get(String key, Supplier<T> compute) {
        if (maxAge.isZero()) return compute.get();
        List<Long> version = version();
        Instant now = clock.instant();
        Entry e = entries.get(key);
        if (e != null && e.version().equals(version) && e.at().plus(maxAge).isAfter(now)) return (T) e.value();
        T value = compute.get();
        if (entries.size() >= MAX_ENTRIES) entries.clear();
        entries.put(key, new Entry(version, now, value));
        return value;
    }

    List<Long> version() {
        return jdbc.sql("SELECT persons, households, needs, revisions, identity_events FROM report_data_version")
                .query((rs, i) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))
                .single();
    }
}
