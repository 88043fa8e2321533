package am.haven.match.cli;

import am.haven.match.BlockingQuality;
import am.haven.match.Contribution;
import am.haven.match.FieldType;
import am.haven.match.InvalidRecordException;
import am.haven.match.LinkResult;
import am.haven.match.Linker;
import am.haven.match.MatchException;
import am.haven.match.OnInvalidValue;
import am.haven.match.Record;
import am.haven.match.Schema;
import am.haven.match.ScoredPair;
import am.haven.match.TrainingOptions;
import am.haven.match.model.ModelFiles;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code ./haven link}: links the records of a CSV file, and {@code ./haven link evaluate} scores
 * clusters against a truth file. Exit codes: 0 done, 1 bad input, 2 bad arguments.
 */
public final class LinkCommand {
    static final String USAGE = """
            usage: haven link --input FILE.csv --id COLUMN [--field COLUMN:TYPE]... [--model MODEL.json]
                              [--save-model MODEL.json] [--threshold P] --out CLUSTERS.csv [--pairs PAIRS.csv]
                              [--truth TRUTH.csv] [--report REPORT.json] [--strict]
                   haven link evaluate --clusters CLUSTERS.csv --truth TRUTH.csv
                   haven link show --model MODEL.json
              TYPE: given_name, family_name, full_name, patronymic, birth_date, sex, phone, document,
                    place, address, postcode, email, text
              Without --field, types are inferred from column names and printed.
              With --truth (columns id,entity_id; never used for training) the run also prints blocking's
              pair completeness and reduction ratio, and the clusters' precision, recall and F1.
              A value that cannot be read as its field's type (a date that is no date, a phone without
              digits) is read as missing and reported per column on stderr and in --report; with
              --strict the run stops at the first one instead (file, line, column), writing nothing.
              A malformed CSV (wrong column count, broken quoting, not UTF-8) always stops the run.
            """;

    private LinkCommand() {}

    /** Runs the command with arguments after "link"; returns the process exit code. */
    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 0 && args[0].equals("evaluate")) return Evaluate.run(rest(args), out, err);
        if (args.length > 0 && args[0].equals("show")) return show(rest(args), out, err);
        Map<String, List<String>> opts;
        try {
            opts = Options.parse(args, List.of("--input", "--id", "--field", "--model", "--save-model",
                    "--threshold", "--out", "--pairs", "--truth", "--report"), List.of("--field"), List.of("--strict"));
            Options.require(opts, "--input", "--id", "--out");
        } catch (Options.UsageException e) {
            err.println("haven link: " + e.getMessage());
            err.print(USAGE);
            return 2;
        }
        Double threshold = null;
        if (opts.containsKey("--threshold")) {
            try {
                threshold = Double.parseDouble(Options.one(opts, "--threshold"));
            } catch (NumberFormatException e) {
                threshold = Double.NaN;
            }
            if (!(threshold > 0 && threshold < 1)) {
                err.println("haven link: --threshold must be a probability between 0 and 1, got "
                        + Options.one(opts, "--threshold"));
                err.print(USAGE);
                return 2;
            }
        }
        for (String spec : opts.getOrDefault("--field", List.of())) {
            int colon = spec.lastIndexOf(':');
            String problem = colon <= 0 ? "--field expects COLUMN:TYPE, got '" + spec + "'" : null;
            if (problem == null) {
                try {
                    FieldType.ofCode(spec.substring(colon + 1));
                } catch (am.haven.match.UnknownFieldTypeException e) {
                    problem = e.getMessage();
                }
            }
            if (problem != null) {
                err.println("haven link: " + problem);
                err.print(USAGE);
                return 2;
            }
        }
        try {
            return link(opts, threshold, out, err);
        } catch (Options.UsageFailure | am.haven.match.UnknownFieldTypeException e) {
            err.println("haven link: " + e.getMessage());
            err.print(USAGE);
            return 2;
        } catch (MatchException e) {
            err.println("haven link: error: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("haven link: error: " + e.getMessage());
            return 1;
        }
    }

    private static int link(Map<String, List<String>> opts, Double threshold, PrintStream out, PrintStream err)
            throws IOException {
        long t0 = System.nanoTime();
        Path input = Path.of(Options.one(opts, "--input"));
        String idColumn = Options.one(opts, "--id");
        Linker saved = opts.containsKey("--model") ? Linker.load(Path.of(Options.one(opts, "--model"))) : null;
        Csv.Table table = Csv.read(input);
        int idCol = table.column(idColumn);
        if (idCol < 0) throw new InputException(input + ":1: no column '" + idColumn + "' in header " + table.header());
        Map<String, FieldType> fields = fields(opts, table, idColumn, saved, err);
        Map<String, String> truth = opts.containsKey("--truth")
                ? Evaluate.twoColumns(Path.of(Options.one(opts, "--truth")), "id", "entity_id") : null;
        List<Record> records = records(table, idCol, fields);
        err.printf(Locale.ROOT, "haven link: read %,d records from %s%n", records.size(), input);
        if (records.size() < 2 && saved == null) {
            // Nothing to train on or link: every record is its own cluster.
            Path outFile = Path.of(Options.one(opts, "--out"));
            Path tmpOut = tmp(outFile);
            try (Writer w = Files.newBufferedWriter(tmpOut, StandardCharsets.UTF_8)) {
                Csv.writeRow(w, "id", "cluster_id");
                for (Record r : records) Csv.writeRow(w, r.id(), r.id());
            }
            Files.move(tmpOut, outFile, StandardCopyOption.REPLACE_EXISTING);
            err.println("haven link: fewer than 2 records, nothing to link (no model or pairs written)");
            return 0;
        }
        StderrProgress progress = new StderrProgress(err);
        OnInvalidValue onInvalid = opts.containsKey("--strict") ? OnInvalidValue.FAIL : OnInvalidValue.TREAT_AS_MISSING;
        LinkResult result;
        try {
            if (saved != null) {
                Linker l = threshold == null ? saved : saved.withThresholds(threshold, saved.model().possibleThreshold());
                result = l.link(records, progress, truth, onInvalid);
            } else {
                Schema.Builder sb = Schema.builder();
                fields.forEach(sb::field);
                TrainingOptions o = TrainingOptions.defaults();
                if (threshold != null) o = o.withThreshold(threshold);
                result = Linker.trainAndLink(sb.build(), records, o, progress, truth, onInvalid);
            }
        } catch (InvalidRecordException e) {
            int row = e.index();
            String column = e.invalidValue().field();
            throw new InputException(input + ":" + table.lines().get(row) + ": column '" + column + "' (#"
                    + (table.column(column) + 1) + "): " + e.invalidValue().getMessage()
                    .replaceFirst("^field '[^']*': ", ""));
        }
        Path outFile = Path.of(Options.one(opts, "--out"));
        Path pairsFile = opts.containsKey("--pairs") ? Path.of(Options.one(opts, "--pairs")) : null;
        Path modelFile = opts.containsKey("--save-model") ? Path.of(Options.one(opts, "--save-model")) : null;
        Path reportFile = opts.containsKey("--report") ? Path.of(Options.one(opts, "--report")) : null;
        long clusters = result.clusterIds().values().stream().distinct().count();
        InvalidValueReport invalid = InvalidValueReport.of(result.invalidValues(), table);
        invalid.print(err);
        // Write everything to temporary files first so a failure leaves no partial output.
        Path tmpOut = tmp(outFile);
        Path tmpPairs = pairsFile == null ? null : tmp(pairsFile);
        Path tmpReport = reportFile == null ? null : tmp(reportFile);
        try {
            writeClusters(tmpOut, result);
            if (tmpPairs != null) writePairs(tmpPairs, result);
            if (tmpReport != null) RunReport.write(tmpReport, input, records.size(), result, clusters, invalid,
                    (System.nanoTime() - t0) / 1e9);
            if (modelFile != null) result.linker().save(modelFile);
            Files.move(tmpOut, outFile, StandardCopyOption.REPLACE_EXISTING);
            if (tmpPairs != null) Files.move(tmpPairs, pairsFile, StandardCopyOption.REPLACE_EXISTING);
            if (tmpReport != null) Files.move(tmpReport, reportFile, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmpOut);
            if (tmpPairs != null) Files.deleteIfExists(tmpPairs);
            if (tmpReport != null) Files.deleteIfExists(tmpReport);
        }
        err.printf(Locale.ROOT, "haven link: %,d candidate pairs, %,d links at p >= %.3f, %,d possible matches, "
                        + "%,d clusters; %.1f s%n", result.candidatePairs(), result.links().size(),
                result.linker().model().threshold(), result.possibleMatches().size(), clusters,
                (System.nanoTime() - t0) / 1e9);
        out.println("wrote " + outFile + (pairsFile != null ? " and " + pairsFile : "")
                + (modelFile != null ? ", model " + modelFile : "") + (reportFile != null ? ", report " + reportFile : ""));
        if (truth != null) {
            BlockingQuality b = result.blocking();
            out.printf(Locale.ROOT, "blocking: pair completeness %.4f (%,d of %,d true pairs proposed), reduction ratio "
                            + "%.6f (%,d candidate pairs of %,d), pairs quality %.4f%n", b.pairCompleteness(),
                    b.truePairsProposed(), b.truePairs(), b.reductionRatio(), b.candidatePairs(), b.allPairs(),
                    b.pairsQuality());
            Evaluate.print(result.clusterIds(), truth, out);
        }
        return 0;
    }

    private static Map<String, FieldType> fields(Map<String, List<String>> opts, Csv.Table table, String idColumn,
                                                 Linker saved, PrintStream err) {
        Map<String, FieldType> fields = new LinkedHashMap<>();
        if (opts.containsKey("--field")) {
            for (String spec : opts.get("--field")) {
                int colon = spec.lastIndexOf(':');
                if (colon <= 0) throw new Options.UsageFailure("--field expects COLUMN:TYPE, got '" + spec + "'");
                String column = spec.substring(0, colon);
                if (table.column(column) < 0)
                    throw new InputException(table.file() + ":1: no column '" + column + "' in header " + table.header());
                fields.put(column, FieldType.ofCode(spec.substring(colon + 1)));
            }
        } else if (saved != null) {
            fields.putAll(saved.schema().fields());
        } else {
            fields.putAll(FieldInference.infer(table.header(), idColumn));
            List<String> ignored = new ArrayList<>(table.header());
            ignored.remove(idColumn);
            ignored.removeAll(fields.keySet());
            StringBuilder b = new StringBuilder("haven link: inferred fields:");
            fields.forEach((c, t) -> b.append(' ').append(c).append(':').append(t.code()));
            if (!ignored.isEmpty()) b.append("; ignored columns: ").append(String.join(", ", ignored));
            err.println(b);
            if (fields.isEmpty()) throw new InputException(table.file() + ":1: no column name is recognised; "
                    + "name the fields with --field COLUMN:TYPE");
        }
        if (saved != null) {
            for (String f : saved.schema().fields().keySet()) {
                if (table.column(f) < 0) throw new InputException(table.file() + ":1: the model needs column '" + f
                        + "', header has " + table.header());
            }
        }
        return fields;
    }

    private static List<Record> records(Csv.Table table, int idCol, Map<String, FieldType> fields) {
        int[] cols = fields.keySet().stream().mapToInt(table::column).toArray();
        String[] names = fields.keySet().toArray(new String[0]);
        List<Record> records = new ArrayList<>(table.rows().size());
        Map<String, Integer> seen = new HashMap<>();
        for (int r = 0; r < table.rows().size(); r++) {
            String[] row = table.rows().get(r);
            String id = row[idCol];
            int line = table.lines().get(r);
            if (id.isEmpty()) throw new InputException(table.file() + ":" + line + ": column '"
                    + table.header().get(idCol) + "' (#" + (idCol + 1) + "): empty id");
            Integer prior = seen.put(id, line);
            if (prior != null) throw new InputException(table.file() + ":" + line + ": column '"
                    + table.header().get(idCol) + "' (#" + (idCol + 1) + "): id '" + id + "' already on line " + prior);
            Map<String, String> values = new HashMap<>();
            for (int c = 0; c < cols.length; c++) if (!row[cols[c]].isEmpty()) values.put(names[c], row[cols[c]]);
            records.add(new Record(id, values));
        }
        return records;
    }

    private static void writeClusters(Path file, LinkResult result) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            Csv.writeRow(w, "id", "cluster_id");
            for (var e : result.clusterIds().entrySet()) Csv.writeRow(w, e.getKey(), e.getValue());
        }
    }

    private static void writePairs(Path file, LinkResult result) throws IOException {
        List<String> fields = new ArrayList<>(result.linker().schema().fields().keySet());
        double threshold = result.linker().model().threshold();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            List<String> head = new ArrayList<>(List.of("id_l", "id_r", "match_probability", "match_weight", "band",
                    "prior_weight"));
            for (String f : fields) {
                head.add(f + "_level");
                head.add(f + "_weight");
            }
            Csv.writeRow(w, head.toArray(new String[0]));
            for (ScoredPair p : result.pairs()) {
                List<String> row = new ArrayList<>(head.size());
                row.add(p.leftId());
                row.add(p.rightId());
                row.add(String.format(Locale.ROOT, "%.6f", p.probability()));
                row.add(String.format(Locale.ROOT, "%.3f", p.matchWeight()));
                row.add(p.probability() >= threshold ? "match" : "possible");
                for (Contribution c : p.explanation()) {
                    if (!c.comparison().equals("(prior)")) row.add(c.level());
                    row.add(String.format(Locale.ROOT, "%.3f", c.weight()));
                }
                Csv.writeRow(w, row.toArray(new String[0]));
            }
        }
    }

    private static Path tmp(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        if (dir != null && !Files.isDirectory(dir)) throw new InputException(target + ": directory does not exist");
        return Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
    }

    private static int show(String[] args, PrintStream out, PrintStream err) {
        try {
            Map<String, List<String>> opts = Options.parse(args, List.of("--model"), List.of());
            Options.require(opts, "--model");
            out.print(ModelFiles.show(ModelFiles.load(Path.of(Options.one(opts, "--model")))));
            return 0;
        } catch (Options.UsageException e) {
            err.println("haven link show: " + e.getMessage());
            err.print(USAGE);
            return 2;
        } catch (MatchException e) {
            err.println("haven link show: error: " + e.getMessage());
            return 1;
        }
    }

    static String[] rest(String[] args) {
        return java.util.Arrays.copyOfRange(args, 1, args.length);
    }
}
