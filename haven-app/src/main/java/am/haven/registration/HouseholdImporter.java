package am.haven.registration;

import am.haven.support.FieldProblem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports a registration spreadsheet ({@link HouseholdImport}) kept before Haven ran, or on paper
 * during an outage. Nothing is written unless the whole file is valid. Each household is stored with
 * an idempotency key made of the batch name and its key in the file, so importing the same batch again
 * (after a crash, or by mistake) registers nobody twice and says which households it skipped.
 */
@Service
public class HouseholdImporter {

    static final String PRINCIPAL = "import";
    private static final int BATCH = 500;

    /**
     * What an import did: households and persons registered, households skipped because this batch
     * already registered them, households whose rows changed since they were imported (left as they
     * are; correct them in Haven), and the file's problems (then nothing was written).
     */
    public record Report(int households, int persons, int alreadyImported, List<String> changedSinceImport,
                         List<FieldProblem> problems, boolean dryRun) {}

    private final BulkRegistration bulk;
    private final IdempotencyRepository idempotency;
    private final JsonMapper json;
    private final ZoneId zone;
    private final Clock clock;

    HouseholdImporter(BulkRegistration bulk, IdempotencyRepository idempotency, JsonMapper json,
                      @Value("${haven.reports.zone:Asia/Yerevan}") ZoneId zone, Optional<Clock> clock) {
        this.bulk = bulk;
        this.idempotency = idempotency;
        this.json = json;
        this.zone = zone;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Imports {@code file} as batch {@code batch}; rows without an officer are registered by {@code by}. */
    public Report importFile(Path file, String batch, String by, boolean dryRun) throws IOException {
        HouseholdImport.Result read;
        try (InputStream in = Files.newInputStream(file)) {
            read = HouseholdImport.read(file.getFileName().toString(), in, by, zone, clock.instant());
        }
        if (!read.problems().isEmpty()) return new Report(0, 0, 0, List.of(), read.problems(), dryRun);
        List<BulkRegistration.Backdated> toRegister = new ArrayList<>();
        List<String> keys = new ArrayList<>(), hashes = new ArrayList<>(), changed = new ArrayList<>();
        int already = 0, persons = 0;
        for (HouseholdImport.Imported h : read.households()) {
            String key = batch + "/" + h.key();
            String hash = hash(h.household());
            Optional<IdempotencyRepository.Entry> earlier = idempotency.find(PRINCIPAL, key);
            if (earlier.isPresent()) {
                already++;
                if (!earlier.get().requestHash().equals(hash)) changed.add(h.key());
                continue;
            }
            toRegister.add(h.household());
            keys.add(key);
            hashes.add(hash);
            persons += h.household().request().members().size();
        }
        if (!dryRun) {
            for (int from = 0; from < toRegister.size(); from += BATCH) {
                int to = Math.min(toRegister.size(), from + BATCH);
                bulk.register(toRegister.subList(from, to),
                        new BulkRegistration.Keys(PRINCIPAL, keys.subList(from, to), hashes.subList(from, to)));
            }
        }
        return new Report(toRegister.size(), persons, already, changed, List.of(), dryRun);
    }

    private String hash(BulkRegistration.Backdated h) {
        return IdempotencyRepository.requestHash(json.writeValueAsString(h.request()) + "|" + h.registeredAt()
                + "|" + h.registeredBy());
    }
}
