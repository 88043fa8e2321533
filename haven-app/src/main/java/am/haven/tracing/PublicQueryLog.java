package am.haven.tracing;

import am.haven.support.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Owns {@code public_query}: every public finder query with its client, kept as the log the public
 * view promises and as the rate limiter's memory, which every instance shares through the database.
 */
@Repository
class PublicQueryLog {

    private final JdbcClient jdbc;

    PublicQueryLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Queries this client made at or after {@code since}, refused ones included. */
    long countSince(String client, String since) {
        return jdbc.sql("SELECT COUNT(*) FROM public_query WHERE client = ? AND at >= ?")
                .params(client, since).query(Long.class).single();
    }

    void log(String at, String client, String query, int results, boolean refused) {
        String q = query == null ? "" : query.length() > 500 ? query.substring(0, 500) : query;
        jdbc.sql("INSERT INTO public_query (id, at, client, query, results, refused) VALUES (?, ?, ?, ?, ?, ?)")
                .params(Ids.newId(), at, client, q, results, refused).update();
    }
}
