package am.haven.cli;

import am.haven.HavenApplication;
import am.haven.dedup.RelinkService;
import am.haven.support.ConflictException;
import java.nio.file.Path;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code haven relink [--data DIR]}: retrains the linkage model on the current population, re-links
 * every record respecting human decisions and prints what changed (JSON, last line). Safe while a
 * server runs on the same database: registrations keep their "to be matched" markers and the
 * servers match them once the relink has finished.
 */
public final class RelinkCommand {

    private RelinkCommand() {}

    public static int run(String[] args) {
        Path data = Path.of("haven-data");
        try {
            for (int i = 0; i < args.length; i++) {
                if ("--data".equals(args[i])) data = Path.of(ServeOptions.value(args, ++i, "--data"));
                else throw new IllegalArgumentException("unknown option '" + args[i] + "'");
            }
        } catch (IllegalArgumentException e) {
            System.err.println("haven relink: " + e.getMessage());
            System.err.println("usage: haven relink [--data DIR]");
            return 2;
        }
        try (ConfigurableApplicationContext context = HavenApplication.startWithoutWeb(data)) {
            RelinkService relink = context.getBean(RelinkService.class);
            System.err.println("haven relink: linking every registered person (progress in the admin page) ...");
            var job = relink.runNow("command line");
            System.out.println(job.report());
            return "DONE".equals(job.status()) ? 0 : 1;
        } catch (ConflictException e) {
            System.err.println("haven relink: " + e.getMessage());
            return 1;
        }
    }
}
