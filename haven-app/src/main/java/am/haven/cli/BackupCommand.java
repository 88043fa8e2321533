package am.haven.cli;

import am.haven.backup.Backups;
import java.nio.file.Path;

/**
 * {@code haven backup --out FILE [--data DIR]} and {@code haven restore FILE [--data DIR]}, with the
 * passphrase in {@code HAVEN_BACKUP_PASSPHRASE}. SQLite only: on PostgreSQL, {@code pg_dump} is the
 * backup (docs/security.md).
 */
public final class BackupCommand {

    static final int MIN_PASSPHRASE = 12;

    private BackupCommand() {}

    public static int backup(String[] args) {
        Path data = Path.of("haven-data");
        Path out = null;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--out" -> out = Path.of(ServeOptions.value(args, ++i, "--out"));
                    case "--data" -> data = Path.of(ServeOptions.value(args, ++i, "--data"));
                    default -> throw new IllegalArgumentException("unknown option '" + args[i] + "'");
                }
            }
            if (out == null) throw new IllegalArgumentException("--out is required");
        } catch (IllegalArgumentException e) {
            return usage("backup", e.getMessage(), "haven backup --out FILE [--data DIR]");
        }
        char[] passphrase = passphrase("backup");
        if (passphrase == null || onPostgres("backup")) return 2;
        try {
            Backups.Result r = Backups.backup(data, out, passphrase);
            System.out.println("backup written: " + r.file() + " (" + r.households() + " households, sealed with the passphrase)");
            return 0;
        } catch (Exception e) {
            System.err.println("haven backup: " + e.getMessage());
            return 1;
        }
    }

    public static int restore(String[] args) {
        Path data = Path.of("haven-data");
        Path file = null;
        try {
            for (int i = 0; i < args.length; i++) {
                if ("--data".equals(args[i])) data = Path.of(ServeOptions.value(args, ++i, "--data"));
                else if (file == null && !args[i].startsWith("--")) file = Path.of(args[i]);
                else throw new IllegalArgumentException("unknown option '" + args[i] + "'");
            }
            if (file == null) throw new IllegalArgumentException("name the backup file");
        } catch (IllegalArgumentException e) {
            return usage("restore", e.getMessage(), "haven restore FILE [--data DIR]");
        }
        char[] passphrase = passphrase("restore");
        if (passphrase == null || onPostgres("restore")) return 2;
        try {
            Backups.Result r = Backups.restore(file, data, passphrase);
            System.out.println("restored " + file + " into " + data + " (" + r.households() + " households)"
                    + (r.keptAside() == null ? "" : "; the database that was there is kept in " + r.keptAside()));
            return 0;
        } catch (Exception e) {
            System.err.println("haven restore: " + e.getMessage());
            return 1;
        }
    }

    /** From {@code HAVEN_BACKUP_PASSPHRASE}, or the system property {@code haven.backup.passphrase} (wrappers, tests). */
    private static char[] passphrase(String command) {
        String p = System.getenv("HAVEN_BACKUP_PASSPHRASE");
        if (p == null || p.isEmpty()) p = System.getProperty("haven.backup.passphrase");
        if (p == null || p.length() < MIN_PASSPHRASE) {
            System.err.println("haven " + command + ": set HAVEN_BACKUP_PASSPHRASE to a passphrase of at least "
                    + MIN_PASSPHRASE + " characters (keep it apart from the backups)");
            return null;
        }
        return p.toCharArray();
    }

    private static boolean onPostgres(String command) {
        String url = System.getenv("HAVEN_DB_URL");
        if (url == null || url.isBlank()) return false;
        System.err.println("haven " + command + ": HAVEN_DB_URL names PostgreSQL; back it up with pg_dump and encrypt the dump "
                + "(docs/security.md). This command backs up the embedded SQLite database.");
        return true;
    }

    private static int usage(String command, String problem, String usage) {
        System.err.println("haven " + command + ": " + problem);
        System.err.println("usage: " + usage);
        return 2;
    }
}
