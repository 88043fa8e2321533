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

    long households() {
        return jdbc.sql("SELECT COUNT(*) FROM household").query(Long.class).single();
    }

    @Test
    void two_instances_loading_the_demo_at_once_register_it_once() {
        long seed = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE);
        long before = households();
        DemoLoader one = new DemoLoader(registrations, userService, users, 60, seed);
        DemoLoader two = new DemoLoader(registrations, userService, users, 60, seed);

        var a = CompletableFuture.supplyAsync(() -> one.load(60, seed));
        var b = CompletableFuture.supplyAsync(() -> two.load(60, seed));
        int written = a.join()[0] + b.join()[0];

        long population = new DemoPopulation(seed, DemoNames.load()).generate(60).size();
        assertThat(households() - before).isEqualTo(population);
        assertThat(written).isEqualTo(population);
    }
}
