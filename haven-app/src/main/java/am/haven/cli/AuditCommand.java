package am.haven.cli;

import am.haven.HavenApplication;
import am.haven.security.AuditChain;
import java.nio.file.Path;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code haven audit verify [--data DIR]}: seals what is pending, recomputes the audit's chain and
 * signatures, prints {@code audit chain intact: N events} and exits 0, or names the first broken
 * event and exits 1.
 */
public final class AuditCommand {

    private AuditCommand() {}

    public static int run(String[] args) {
        Path data = Path.of("haven-data");
        try {
            if (args.length == 0 || !"verify".equals(args[0])) throw new IllegalArgumentException("expected 'verify'");
            for (int i = 1; i < args.length; i++) {
                if ("--data".equals(args[i])) data = Path.of(ServeOptions.value(args, ++i, "--data"));
                else throw new IllegalArgumentException("unknown option '" + args[i] + "'");
            }
        } catch (IllegalArgumentException e) {
            System.err.println("haven audit: " + e.getMessage());
            System.err.println("usage: haven audit verify [--data DIR]");
            return 2;
        }
        try (ConfigurableApplicationContext context = HavenApplication.startWithoutWeb(data)) {
            AuditChain.Verdict v = context.getBean(AuditChain.class).verify();
            if (v.intact()) {
                System.out.println("audit chain intact: " + v.events() + " events");
                return 0;
            }
            System.out.println("audit chain broken at event " + v.brokenEventId()
                    + (v.brokenSeq() == null ? "" : " (link " + v.brokenSeq() + ")") + ": " + v.reason()
                    + "; " + v.events() + " events before it are intact");
            return 1;
        }
    }
}
