package am.haven.cli;

import am.haven.HavenApplication;
import am.haven.registration.HouseholdImporter;
import am.haven.support.FieldProblem;
import am.haven.support.InvalidRequestException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code haven import households FILE.csv|FILE.xlsx [--data DIR] [--batch NAME] [--by OFFICER] [--dry-run]}:
 * registers the households of a registration spreadsheet (one row per person, grouped by the
 * {@code household} column). The whole file is checked first; any problem is printed with its row
 * and column and nothing is written. Importing the same batch again skips what it already registered.
 */
public final class ImportCommand {

    static final String USAGE = """
            usage: haven import households FILE.csv|FILE.xlsx [--data DIR] [--batch NAME] [--by OFFICER] [--dry-run]
              one row per person; columns (any order, case and spaces ignored):
                household (key grouping a household's rows), givenName, familyName, sex  -- required
                patronymic, birthDate (YYYY, YYYY-MM or YYYY-MM-DD), birthDateEstimated, relationship,
                needs (codes separated by ;), documentType, documentNumber, phone, languages,
                registrationPoint, registeredAt (YYYY-MM-DD or a time with offset), registeredBy,
                householdPhone, originSettlement, originRegion, currentAddress, destination, notes,
                consentAssistance, consentTracing, consentSharing (yes/no)
              --batch names the import (default: the file name); the same batch imported again
              registers nobody twice.""";

    private ImportCommand() {}

    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Path file = null;
        Path data = Path.of("haven-data");
        String batch = null;
        String by = "import";
        boolean dryRun = false;
        try {
            if (args.length < 2 || !"households".equals(args[0])) {
                throw new IllegalArgumentException("expected 'households FILE'");
            }
            file = Path.of(args[1]);
            for (int i = 2; i < args.length; i++) {
                switch (args[i]) {
                    case "--data" -> data = Path.of(ServeOptions.value(args, ++i, "--data"));
                    case "--batch" -> batch = ServeOptions.value(args, ++i, "--batch");
                    case "--by" -> by = ServeOptions.value(args, ++i, "--by");
                    case "--dry-run" -> dryRun = true;
                    default -> throw new IllegalArgumentException("unknown option '" + args[i] + "'");
                }
            }
        } catch (IllegalArgumentException e) {
            err.println("haven import: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        if (!Files.isReadable(file)) {
            err.println("haven import: " + file + ": no such file");
            return 1;
        }
        if (batch == null) batch = file.getFileName().toString();
        try (ConfigurableApplicationContext context = HavenApplication.startWithoutWeb(data)) {
            HouseholdImporter.Report r = context.getBean(HouseholdImporter.class).importFile(file, batch, by, dryRun);
            if (!r.problems().isEmpty()) {
                for (FieldProblem p : r.problems()) err.println(file + ": " + p.field() + ": " + p.message());
                err.println("haven import: " + r.problems().size() + " problem(s); nothing was imported");
                return 1;
            }
            for (String key : r.changedSinceImport()) {
                err.println("haven import: household '" + key + "' was imported by batch '" + batch
                        + "' before with other data; left as it is (correct it in Haven)");
            }
            out.printf("%s %d households (%d persons); %d already imported by batch '%s'%n",
                    r.dryRun() ? "would import" : "imported", r.households(), r.persons(), r.alreadyImported(), batch);
            return 0;
        } catch (InvalidRequestException e) {
            for (FieldProblem p : e.problems()) err.println(file + ": " + p.field() + ": " + p.message());
            return 1;
        } catch (IOException e) {
            err.println("haven import: " + file + ": " + e.getMessage());
            return 1;
        }
    }
}
