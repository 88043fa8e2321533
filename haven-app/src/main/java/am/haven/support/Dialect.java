package am.haven.support;

/**
 * The database Haven runs on, read once from the JDBC URL: the one place that tells SQLite from
 * PostgreSQL. Inject the {@code Dialect} bean ({@link DialectConfig}); code that only has a URL, such
 * as a bean post-processor that runs before beans exist, calls {@link #of(String)}.
 */
public enum Dialect {
    SQLITE("jdbc:sqlite:"),
    POSTGRESQL("jdbc:postgresql:");

    private final String urlPrefix;

    Dialect(String urlPrefix) {
        this.urlPrefix = urlPrefix;
    }

    /**
     * The dialect of a JDBC URL.
     *
     * @throws UnsupportedDatabaseException for a URL of any other database
     */
    public static Dialect of(String jdbcUrl) {
        if (jdbcUrl != null) {
            for (Dialect d : values()) {
                if (jdbcUrl.startsWith(d.urlPrefix)) return d;
            }
        }
        throw new UnsupportedDatabaseException(jdbcUrl);
    }

    /** Thrown for a JDBC URL of a database Haven does not run on; names only the URL's scheme, never its credentials. */
    public static class UnsupportedDatabaseException extends RuntimeException {
        UnsupportedDatabaseException(String jdbcUrl) {
            super("Haven runs on SQLite (jdbc:sqlite:…) or PostgreSQL (jdbc:postgresql:…), not on '" + scheme(jdbcUrl) + "…'");
        }

        private static String scheme(String url) {
            if (url == null) return "null";
            int second = url.indexOf(':', url.indexOf(':') + 1);
            return second < 0 ? url : url.substring(0, second + 1);
        }
    }
}
