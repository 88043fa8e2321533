package am.haven.demo;

import am.haven.registration.BulkRegistration;
import am.haven.security.Role;
import am.haven.security.UserRepository;
import am.haven.security.UserService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * {@code haven serve --demo}: on a database with no households, loads a synthetic population of
 * September 2023 ({@link DemoPopulation}) and a demo user for each role, whose passwords are
 * printed once. Runs once: a database that has households is left alone.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "haven.demo", havingValue = "true")
public class DemoLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);
    private static final int BATCH = 500;
    /** One demo user per role besides the administrator. */
    static final Map<String, Role> USERS = Map.of("registrar", Role.REGISTRAR, "caseworker", Role.CASEWORKER,
            "shelter", Role.SHELTER, "assistance", Role.ASSISTANCE, "analyst", Role.ANALYST);

    private final BulkRegistration registrations;
    private final UserService userService;
    private final UserRepository users;
    private final int households;
    private final long seed;
    private final Path dataDir;

    DemoLoader(BulkRegistration registrations, UserService userService, UserRepository users,
               @Value("${haven.demo.households:3000}") int households, @Value("${haven.demo.seed:2023}") long seed,
               @Value("${haven.data-dir:./haven-data}") Path dataDir) {
        this.registrations = registrations;
        this.dataDir = dataDir;
        this.userService = userService;
        this.users = users;
        this.households = households;
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!registrations.isEmpty()) {
            log.info("Demo population not loaded: the database already has households");
            return;
        }
        createUsers();
        long start = System.nanoTime();
        // CPU time as well as wall time: on a busy machine the wall time says little about the loader.
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        int[] counts = load(households, seed);
        log.info("Demo population loaded: {} registrations ({} returning), {} persons in {} ms ({} ms CPU on this thread)",
                counts[0], counts[1], counts[2], (System.nanoTime() - start) / 1_000_000,
                (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000);
    }

    /**
     * Registers the population in batches; returns {registrations, returning, persons} this process
     * wrote. Each household carries an idempotency key of the seed and its place in the population, so
     * when several instances start with {@code --demo} on one database at once, only one loads each
     * batch: the others' batch fails on the keys, writes nothing, and they stop loading.
     */
    int[] load(int size, long seed) {
        List<DemoPopulation.Arrival> arrivals = new DemoPopulation(seed, DemoNames.load()).generate(size);
        int returning = 0;
        int persons = 0;
        int registered = 0;
        for (int from = 0; from < arrivals.size(); from += BATCH) {
            List<BulkRegistration.Backdated> batch = new ArrayList<>(BATCH);
            List<String> keys = new ArrayList<>(BATCH);
            int batchReturning = 0, batchPersons = 0;
            for (int i = from; i < Math.min(from + BATCH, arrivals.size()); i++) {
                DemoPopulation.Arrival a = arrivals.get(i);
                batch.add(a.registration());
                keys.add(seed + "/" + i);
                if (a.returning()) batchReturning++;
                batchPersons += a.registration().request().members().size();
            }
            try {
                registrations.register(batch, new BulkRegistration.Keys("demo", keys,
                        java.util.Collections.nCopies(keys.size(), "demo-" + seed)));
            } catch (DataIntegrityViolationException e) {
                log.info("Another instance is loading the demo population; this one leaves it to that one");
                break;
            }
            registered += batch.size();
            returning += batchReturning;
            persons += batchPersons;
        }
        return new int[] {registered, returning, persons};
    }

    void createUsers() {
        SecureRandom random = new SecureRandom();
        StringBuilder printed = new StringBuilder("# Haven demo users: user, role, password. Delete this file once they are noted.\n");
        int created = 0;
        for (Map.Entry<String, Role> u : USERS.entrySet()) {
            if (users.exists(u.getKey())) continue;
            byte[] bytes = new byte[12];
            random.nextBytes(bytes);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            try {
                userService.createUser(u.getKey(), "Demo " + u.getKey(), password, EnumSet.of(u.getValue()));
            } catch (DataIntegrityViolationException | am.haven.support.ConflictException e) {
                continue; // another instance starting with --demo created it a moment ago
            }
            printed.append(String.format("%-11s %-11s %s%n", u.getKey(), u.getValue(), password));
            created++;
        }
        if (created > 0) writeOwnerOnly(printed.toString());
    }

    /**
     * Passwords never go to the console, which is the application log: they go to a file in the data
     * directory that only the user running Haven can read, and the log says where it is.
     */
    private void writeOwnerOnly(String text) {
        Path file = dataDir.resolve("demo-users.txt").toAbsolutePath();
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
            log.info("Demo users created; their passwords are in {} (readable by this user only)", file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo users' passwords to " + file, e);
        }
    }
}
