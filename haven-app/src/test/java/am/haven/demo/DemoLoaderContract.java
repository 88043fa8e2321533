package am.haven.demo;

import static org.assertj.core.api.Assertions.assertThat;

import am.haven.registration.BulkRegistration;
import am.haven.security.UserRepository;
import am.haven.security.UserService;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Several instances started with --demo on one database load the population once between them. */
abstract class DemoLoaderContract {

    @Autowired BulkRegistration registrations;
    @Autowired UserService userService;
    @Autowired UserRepository users;
    @Autowired JdbcClient jdbc;

    @org.junit.jupiter.api.io.TempDir java.nio.file.Path dataDir;

    long households() {
        return jdbc.sql("SELECT COUNT(*) FROM household").query(Long.class).single();
    }

    @Test
    void two_instances_loading_the_demo_at_once_register_it_once() {
        long seed = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE);
        long before = households();
        DemoLoader one = new DemoLoader(registrations, userService, users, 60, seed, dataDir);
        DemoLoader two = new DemoLoader(registrations, userService, users, 60, seed, dataDir);

        var a = CompletableFuture.supplyAsync(() -> one.load(60, seed));
        var b = CompletableFuture.supplyAsync(() -> two.load(60, seed));
        int written = a.join()[0] + b.join()[0];

        long population = new DemoPopulation(seed, DemoNames.load()).generate(60).size();
        assertThat(households() - before).isEqualTo(population);
        assertThat(written).isEqualTo(population);
    }

    @Test
    void the_demo_users_passwords_go_to_a_file_only_its_owner_reads_and_never_to_the_log() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(DemoLoader.USERS.keySet().stream().noneMatch(users::exists),
                "another test of this context created the demo users already");
        // Everything logged, and everything printed to the console, while the users are created.
        ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> logged = new ch.qos.logback.core.read.ListAppender<>();
        logged.start();
        root.addAppender(logged);
        // A command-line test in this JVM may have turned the root level down to WARN.
        ch.qos.logback.classic.Logger loader = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(DemoLoader.class);
        ch.qos.logback.classic.Level level = loader.getLevel();
        loader.setLevel(ch.qos.logback.classic.Level.INFO);
        java.io.PrintStream console = System.out;
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            new DemoLoader(registrations, userService, users, 60, 1L, dataDir).createUsers();
        } finally {
            System.setOut(console);
            root.detachAppender(logged);
            loader.setLevel(level);
        }
        String log = logged.list.stream().map(ch.qos.logback.classic.spi.ILoggingEvent::getFormattedMessage)
                .collect(java.util.stream.Collectors.joining("\n")) + "\n" + printed.toString(java.nio.charset.StandardCharsets.UTF_8);

        java.nio.file.Path file = dataDir.resolve("demo-users.txt");
        assertThat(java.nio.file.Files.getPosixFilePermissions(file))
                .containsExactlyInAnyOrder(java.nio.file.attribute.PosixFilePermission.OWNER_READ, java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        java.util.List<String> lines = java.nio.file.Files.readAllLines(file).stream().filter(l -> !l.startsWith("#")).toList();
        assertThat(lines).hasSize(DemoLoader.USERS.size());
        for (String line : lines) assertThat(log).doesNotContain(line.substring(line.lastIndexOf(' ') + 1));
        assertThat(log).as("the log says where the passwords are").contains(file.toAbsolutePath().toString());
    }
}
