package am.haven.match.bench;

import am.haven.match.cli.LinkCommand;
import am.haven.match.synth.PopulationGenerator;

/**
 * Entry point for the benchmark script: {@code HavenBench link …} and {@code HavenBench generate …}
 * run the same code as {@code ./haven link} and {@code ./haven generate}.
 */
public final class HavenBench {
    private HavenBench() {}

    public static void main(String[] args) {
        String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        int code = switch (args[0]) {
            case "link" -> LinkCommand.run(rest);
            case "generate" -> PopulationGenerator.run(rest);
            default -> 2;
        };
        System.exit(code);
    }
}
