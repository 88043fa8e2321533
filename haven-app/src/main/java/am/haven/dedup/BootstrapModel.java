package am.haven.dedup;

import am.haven.match.Linker;
import am.haven.match.Record;
import am.haven.match.TrainingOptions;
import am.haven.match.model.LinkageModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The model Haven starts with before there is a population to train on: the engine's comparisons
 * and default blocking for {@link PersonRecords#SCHEMA}, with m and u set from what is known about
 * registrations of displaced people (names re-typed in another script, birth dates known to the year,
 * household phones shared by families). The first relink on a real population replaces it.
 */
final class BootstrapModel {

    /** m (share among true matches) and u (share among non-matches) per level label. */
    private static final Map<String, Map<String, double[]>> PRIORS = Map.of(
            "name", levels(
                    "exact", 0.70, 0.01,
                    "same sound key", 0.13, 0.003,
                    "same name group", 0.05, 0.002,
                    "jaro-winkler >= 0.92", 0.04, 0.004,
                    "jaro-winkler >= 0.80", 0.03, 0.03,
                    "same metaphone", 0.02, 0.02,
                    "else", 0.03, 0.93),
            "birth_date", levels(
                    "exact", 0.72, 0.0002,
                    "partial date agrees", 0.12, 0.005,
                    "day and month swapped", 0.03, 0.0001,
                    "same year and month", 0.03, 0.001,
                    "same year", 0.05, 0.012,
                    "year +-1", 0.03, 0.03,
                    "else", 0.02, 0.95),
            "sex", levels("same", 0.97, 0.5, "else", 0.03, 0.5),
            // Phones are often the household's and change between registrations: moderate evidence.
            "phone", levels(
                    "exact", 0.35, 0.005,
                    "same last 6 digits", 0.03, 0.0005,
                    "one edit apart", 0.03, 0.001,
                    "else", 0.59, 0.9935),
            "document", levels(
                    "exact", 0.85, 0.00001,
                    "same digits", 0.05, 0.00002,
                    "one edit apart", 0.04, 0.0001,
                    "else", 0.06, 0.99987),
            "place", levels(
                    "same place", 0.85, 0.25,
                    "jaro-winkler >= 0.88", 0.05, 0.03,
                    "else", 0.10, 0.72));

    private BootstrapModel() {}

    /** The bootstrap model with the engine's default thresholds. */
    static LinkageModel create() {
        // Training on two throwaway records yields the engine's own structure for the schema
        // (levels, blocking rules, which levels are frequency-adjusted); only m and u are replaced.
        Linker shape = Linker.train(PersonRecords.SCHEMA, List.of(
                Record.of("a", PersonRecords.GIVEN_NAME, "Aram", PersonRecords.FAMILY_NAME, "Petrosyan"),
                Record.of("b", PersonRecords.GIVEN_NAME, "Anna", PersonRecords.FAMILY_NAME, "Sargsyan")),
                TrainingOptions.defaults());
        LinkageModel m = shape.model();
        List<LinkageModel.ComparisonModel> comparisons = new ArrayList<>();
        for (LinkageModel.ComparisonModel c : m.comparisons()) {
            Map<String, double[]> priors = PRIORS.getOrDefault(kind(c.type()), Map.of());
            List<LinkageModel.Level> levels = new ArrayList<>();
            for (LinkageModel.Level l : c.levels()) {
                double[] mu = priors.getOrDefault(l.label(), new double[] {0.05, 0.05});
                levels.add(new LinkageModel.Level(l.label(), mu[0], mu[1], l.tfAdjusted(),
                        Math.log(mu[0] / mu[1]) / Math.log(2)));
            }
            comparisons.add(new LinkageModel.ComparisonModel(c.field(), c.type(), levels));
        }
        Map<String, String> training = new LinkedHashMap<>();
        training.put("source", "bootstrap priors (am.haven.dedup.BootstrapModel); replaced by the first relink");
        TrainingOptions d = TrainingOptions.defaults();
        return new LinkageModel(m.format(), m.version(), m.fields(), comparisons, m.blockingRules(), m.blockCap(),
                0.5, d.threshold(), d.possibleThreshold(), m.clusterDensity(), Map.of(), training);
    }

    private static String kind(String type) {
        return switch (type) {
            case "given_name", "family_name", "patronymic", "full_name" -> "name";
            default -> type;
        };
    }

    private static Map<String, double[]> levels(Object... labelMU) {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (int i = 0; i < labelMU.length; i += 3) {
            out.put((String) labelMU[i], new double[] {(double) labelMU[i + 1], (double) labelMU[i + 2]});
        }
        return out;
    }
}
