package am.haven.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Backups of the embedded database: a consistent online copy ({@code VACUUM INTO}, which a running
 * Haven does not have to stop for) of the SQLite file with the audit key beside it, zipped and
 * sealed with a passphrase ({@link SealedFile}); and their restore into a data directory, the
 * database there kept aside rather than overwritten.
 */
public final class Backups {

    /** The files of a data directory a backup holds: the database and the key its audit is signed with. */
    static final List<String> FILES = List.of("haven.db", "audit.key");

    /** What a backup or restore did: the file, and how many households the database holds. */
    public record Result(Path file, long households, Path keptAside) {}

    private Backups() {}

    public static Result backup(Path dataDir, Path out, char[] passphrase) throws IOException, SQLException {
        Path db = dataDir.resolve("haven.db");
        if (!Files.exists(db)) throw new IOException("no database at " + db);
        Path work = Files.createTempDirectory("haven-backup");
        try {
            Path copy = work.resolve("haven.db");
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
                s.execute("VACUUM INTO '" + copy.toString().replace("'", "''") + "'");
            }
            long households = households(copy);
            Path zip = work.resolve("backup.zip");
            try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
                z.putNextEntry(new ZipEntry("haven.db"));
                Files.copy(copy, z);
                z.closeEntry();
                Path key = dataDir.resolve("audit.key");
                if (Files.exists(key)) {
                    z.putNextEntry(new ZipEntry("audit.key"));
                    Files.copy(key, z);
                    z.closeEntry();
                }
            }
            Path tmp = out.toAbsolutePath().resolveSibling(out.getFileName() + ".partial");
            try (InputStream in = Files.newInputStream(zip); OutputStream sealed = Files.newOutputStream(tmp)) {
                SealedFile.seal(in, sealed, passphrase);
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Result(out, households, null);
        } finally {
            deleteTree(work);
        }
    }

    /** Restores into {@code dataDir}; a database already there is renamed, not lost. Stop Haven first. */
    public static Result restore(Path file, Path dataDir, char[] passphrase) throws IOException, SQLException {
        Path work = Files.createTempDirectory("haven-restore");
        try {
            Path zip = work.resolve("backup.zip");
            try (InputStream sealed = Files.newInputStream(file); OutputStream plain = Files.newOutputStream(zip)) {
                SealedFile.open(sealed, plain, passphrase);
            }
            Path unpacked = Files.createDirectories(work.resolve("files"));
            try (ZipInputStream z = new ZipInputStream(Files.newInputStream(zip))) {
                for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                    if (!FILES.contains(e.getName())) throw new IOException("unexpected file in the backup: " + e.getName());
                    Files.copy(z, unpacked.resolve(e.getName()));
                }
            }
            long households = households(unpacked.resolve("haven.db"));
            Files.createDirectories(dataDir);
            Path aside = null;
            if (Files.exists(dataDir.resolve("haven.db"))) {
                aside = Files.createDirectories(dataDir.resolve("before-restore-"
                        + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(Instant.now())));
                for (String name : List.of("haven.db", "haven.db-wal", "haven.db-shm", "audit.key")) {
                    if (Files.exists(dataDir.resolve(name))) Files.move(dataDir.resolve(name), aside.resolve(name));
                }
            }
            for (String name : FILES) {
                if (Files.exists(unpacked.resolve(name))) Files.move(unpacked.resolve(name), dataDir.resolve(name));
            }
            return new Result(dataDir.resolve("haven.db"), households, aside);
        } finally {
            deleteTree(work);
        }
    }

    private static long households(Path db) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM household")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
