package am.haven;

import am.haven.cli.ServeOptions;
import am.haven.match.cli.LinkCommand;
import am.haven.match.synth.PopulationGenerator;
import am.haven.cli.TokenCommand;
import java.util.Arrays;

/**
 * The launcher's entry point: {@code haven SUBCOMMAND [options]}.
 *
 * <p>Commands that do not need the web application (such as {@code link}) run without starting
 * Spring, so they start in well under a second.
 */
public final class Haven {

    private Haven() {}

    public static void main(String[] args) {
        if (args.length == 0) {
            usage();
            System.exit(2);
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        int code = switch (args[0]) {
            case "serve" -> serve(rest);
            case "token" -> TokenCommand.run(rest);
            case "relink" -> am.haven.cli.RelinkCommand.run(rest);
            case "import" -> am.haven.cli.ImportCommand.run(rest);
            case "audit" -> am.haven.cli.AuditCommand.run(rest);
            case "backup" -> am.haven.cli.BackupCommand.backup(rest);
            case "restore" -> am.haven.cli.BackupCommand.restore(rest);
            case "link" -> LinkCommand.run(rest);
            case "generate" -> PopulationGenerator.run(rest);
            case "help", "--help", "-h" -> { usage(); yield 0; }
            default -> { System.err.println("haven: unknown command '" + args[0] + "'"); usage(); yield 2; }
        };
        if (code != 0 || !"serve".equals(args[0])) {
            System.exit(code);
        }
    }

    private static int serve(String[] args) {
        ServeOptions options;
        try {
            options = ServeOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("haven serve: " + e.getMessage());
            System.err.println("usage: haven serve [--port N] [--data DIR] [--demo]");
            return 2;
        }
        HavenApplication.start(options);
        return 0;
    }

    private static void usage() {
        System.err.println("""
                usage: haven COMMAND [options]
                  serve [--port N] [--data DIR] [--demo]   run the web application
                  token create --user NAME [--data DIR]    print a new API token (last line)
                  relink [--data DIR]                       retrain the matching model, re-link everyone
                  import households FILE.csv|.xlsx [--data DIR] [--batch NAME] [--by OFFICER] [--dry-run]
                                                            register the households of a spreadsheet
                  audit verify [--data DIR]                 check that no audit event was changed, deleted or inserted
                  backup --out FILE [--data DIR]            an encrypted copy (passphrase in HAVEN_BACKUP_PASSPHRASE)
                  restore FILE [--data DIR]                 restore a backup (stop Haven first)
                  link --input FILE.csv --id COLUMN ...     link records in a CSV file
                  link evaluate --clusters C.csv --truth T.csv
                  generate --persons N --seed S --out FILE.csv --truth TRUTH.csv
                The database is an SQLite file under --data (default ./haven-data)
                unless HAVEN_DB_URL names a JDBC URL (e.g. jdbc:postgresql://127.0.0.1:5432/test).""");
    }
}
