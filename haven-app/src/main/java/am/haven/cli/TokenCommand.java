package am.haven.cli;

import am.haven.HavenApplication;
import am.haven.security.UserService;
import am.haven.support.NotFoundException;
import java.nio.file.Path;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code haven token create --user NAME [--data DIR]}: prints a new API token as the last line. */
public final class TokenCommand {

    private TokenCommand() {}

    public static int run(String[] args) {
        String user = null;
        Path data = Path.of("haven-data");
        try {
            if (args.length == 0 || !"create".equals(args[0])) {
                throw new IllegalArgumentException("expected 'create'");
            }
            for (int i = 1; i < args.length; i++) {
                switch (args[i]) {
                    case "--user" -> user = ServeOptions.value(args, ++i, "--user");
                    case "--data" -> data = Path.of(ServeOptions.value(args, ++i, "--data"));
                    default -> throw new IllegalArgumentException("unknown option '" + args[i] + "'");
                }
            }
            if (user == null) throw new IllegalArgumentException("--user is required");
        } catch (IllegalArgumentException e) {
            System.err.println("haven token: " + e.getMessage());
            System.err.println("usage: haven token create --user NAME [--data DIR]");
            return 2;
        }
        try (ConfigurableApplicationContext context = HavenApplication.startWithoutWeb(data)) {
            String token = context.getBean(UserService.class).createToken(user, "command line");
            System.out.println(token);
            return 0;
        } catch (NotFoundException e) {
            System.err.println("haven token: no user '" + user + "'");
            return 1;
        }
    }
}
