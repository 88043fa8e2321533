package am.haven.cli;

import java.nio.file.Path;

/** Options shared by the subcommands that open Haven's database. */
public record ServeOptions(Integer port, Path dataDir, boolean demo) {

    /** Parses {@code [--port N] [--data DIR] [--demo]}; anything else is an error naming the option. */
    public static ServeOptions parse(String[] args) {
        Integer port = null;
        Path data = Path.of("haven-data");
        boolean demo = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = parsePort(value(args, ++i, "--port"));
                case "--data" -> data = Path.of(value(args, ++i, "--data"));
                case "--demo" -> demo = true;
                default -> throw new IllegalArgumentException("unknown option '" + args[i] + "'");
            }
        }
        return new ServeOptions(port, data, demo);
    }

    static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static int parsePort(String s) {
        try {
            int p = Integer.parseInt(s);
            if (p < 0 || p > 65535) throw new NumberFormatException();
            return p;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port must be a number from 0 to 65535, not '" + s + "'");
        }
    }
}
