package am.haven.security;

import am.haven.support.Dialect;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The key audit events are signed with (HMAC-SHA256): {@code HAVEN_AUDIT_KEY} when set, which every
 * instance of one installation must share. Otherwise, on SQLite, a file {@code audit.key} in the data
 * directory, readable by its owner only; on PostgreSQL a key kept in the database, said in the log,
 * since whoever can write the database can then also sign.
 */
@Component
class AuditKey {

    private static final Logger log = LoggerFactory.getLogger(AuditKey.class);

    private final JdbcClient jdbc;
    private final Dialect dialect;
    private final String configured;
    private final Path dataDir;
    private volatile SecretKeySpec key;

    AuditKey(JdbcClient jdbc, Dialect dialect, @Value("${haven.audit.key:}") String configured,
             @Value("${haven.data-dir:./haven-data}") Path dataDir) {
        this.jdbc = jdbc;
        this.dialect = dialect;
        this.configured = configured;
        this.dataDir = dataDir;
    }

    /** HMAC-SHA256 of {@code text}, hex. */
    String mac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec k = key;
        if (k == null) {
            synchronized (this) {
                if (key == null) key = new SecretKeySpec(secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
                k = key;
            }
        }
        return k;
    }

    private String secret() {
        if (!configured.isBlank()) {
            if (configured.length() < 16) throw new IllegalStateException("HAVEN_AUDIT_KEY must be at least 16 characters");
            return configured;
        }
        if (dialect == Dialect.SQLITE) return fromFile(dataDir.resolve("audit.key"));
        jdbc.sql("INSERT INTO audit_key (id, secret) VALUES (1, ?) ON CONFLICT (id) DO NOTHING").param(fresh()).update();
        log.warn("no HAVEN_AUDIT_KEY: audit events are signed with a key kept in the database; set HAVEN_AUDIT_KEY "
                + "(the same on every instance) so that the database alone cannot forge them");
        return jdbc.sql("SELECT secret FROM audit_key WHERE id = 1").query(String.class).single();
    }

    private static String fromFile(Path file) {
        try {
            if (Files.exists(file)) return Files.readString(file, StandardCharsets.UTF_8).strip();
            Files.createDirectories(file.toAbsolutePath().getParent());
            String secret = fresh();
            Path tmp = file.resolveSibling("audit.key.tmp");
            Files.deleteIfExists(tmp);
            if (tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(tmp, secret, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file); // not replacing: another process that made one first wins
            } catch (java.nio.file.FileAlreadyExistsException other) {
                Files.deleteIfExists(tmp);
            }
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the audit key " + file, e);
        }
    }

    private static String fresh() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
