import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * HTTP registration load: N households posted by C concurrent clients against a running Haven.
 * Needs only a JDK: {@code java bench/RegistrationLoad.java --url URL --token T [--households N] [--clients C]}.
 * Prints throughput, latency percentiles and how many requests failed. Names are drawn in all three scripts.
 */
public class RegistrationLoad {

    static final String[][] FAMILIES = {
            {"Հովհաննիսյան", "Оганесян", "Hovhannisyan"}, {"Հարությունյան", "Арутюнян", "Harutyunyan"},
            {"Գրիգորյան", "Григорян", "Grigoryan"}, {"Սարգսյան", "Саркисян", "Sargsyan"},
            {"Խաչատրյան", "Хачатрян", "Khachatryan"}, {"Ղազարյան", "Казарян", "Ghazaryan"},
            {"Հակոբյան", "Акопян", "Hakobyan"}, {"Գևորգյան", "Геворкян", "Gevorgyan"},
            {"Պետրոսյան", "Петросян", "Petrosyan"}, {"Մկրտչյան", "Мкртчян", "Mkrtchyan"},
            {"Ավետիսյան", "Аветисян", "Avetisyan"}, {"Բաբայան", "Бабаян", "Babayan"}};
    static final String[][] MALE = {{"Արամ", "Арам", "Aram"}, {"Դավիթ", "Давид", "Davit"}, {"Տիգրան", "Тигран", "Tigran"},
            {"Արմեն", "Армен", "Armen"}, {"Գոռ", "Гор", "Gor"}, {"Նարեկ", "Нарек", "Narek"}};
    static final String[][] FEMALE = {{"Անի", "Ани", "Ani"}, {"Մարիամ", "Мариам", "Mariam"}, {"Լիլիթ", "Лилит", "Lilit"},
            {"Նարինե", "Нарине", "Narine"}, {"Գայանե", "Гаяне", "Gayane"}, {"Աննա", "Анна", "Anna"}};
    static final String[] PREFIXES = {"091", "093", "094", "095", "096", "098", "099", "077", "055", "041", "043"};
    static final String[] ORIGINS = {"Stepanakert", "Martakert", "Martuni", "Askeran", "Shushi", "Hadrut", "Chartar"};

    public static void main(String[] args) throws Exception {
        List<String> a = Arrays.asList(args);
        String url = arg(a, "--url", "http://localhost:8080");
        String token = arg(a, "--token", null);
        int households = Integer.parseInt(arg(a, "--households", "25000"));
        int clients = Integer.parseInt(arg(a, "--clients", "16"));
        if (token == null) throw new IllegalArgumentException("--token is required");

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger persons = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int client = c;
            pool.submit(() -> {
                Random rnd = new Random(1000 + client);
                int i;
                while ((i = next.getAndIncrement()) < households) {
                    int size = 1 + Math.min(7, (int) Math.abs(rnd.nextGaussian() * 2.2));
                    String body = household(rnd, size);
                    HttpRequest req = HttpRequest.newBuilder(URI.create(url + "/api/v1/households"))
                            .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                            .header("Idempotency-Key", "load-" + start + "-" + i)
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() != 201) {
                            if (failed.incrementAndGet() < 5) System.err.println(r.statusCode() + " " + r.body());
                        } else {
                            persons.addAndGet(size);
                        }
                    } catch (Exception e) {
                        if (failed.incrementAndGet() < 5) System.err.println(e);
                    }
                    latencies.add(System.nanoTime() - t0);
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, java.util.concurrent.TimeUnit.HOURS);
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] l = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("households=%d persons=%d clients=%d failed=%d seconds=%.1f throughput=%.0f households/s%n",
                households, persons.get(), clients, failed.get(), seconds, households / seconds);
        System.out.printf("latency ms: p50=%.1f p90=%.1f p99=%.1f max=%.1f%n",
                pct(l, 50), pct(l, 90), pct(l, 99), l[l.length - 1] / 1e6);
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        System.out.printf("load generator CPU (whole process, incl. start-up): %.1f s%n", os.getProcessCpuTime() / 1e9);
    }

    static double pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1)] / 1e6;
    }

    static String household(Random rnd, int size) {
        int script = rnd.nextInt(3);
        String[] family = FAMILIES[rnd.nextInt(FAMILIES.length)];
        StringBuilder m = new StringBuilder();
        for (int k = 0; k < size; k++) {
            boolean female = rnd.nextDouble() < 0.52;
            String[] given = female ? FEMALE[rnd.nextInt(FEMALE.length)] : MALE[rnd.nextInt(MALE.length)];
            int year = k == 0 ? 1950 + rnd.nextInt(50) : 1940 + rnd.nextInt(83);
            String rel = k == 0 ? "HEAD" : k == 1 ? "SPOUSE" : "CHILD";
            if (k > 0) m.append(',');
            m.append("{\"givenName\":\"").append(given[script]).append("\",\"familyName\":\"").append(family[script])
                    .append("\",\"sex\":\"").append(female ? 'F' : 'M').append("\",\"birthDate\":\"").append(year)
                    .append(rnd.nextBoolean() ? String.format("-%02d-%02d", 1 + rnd.nextInt(12), 1 + rnd.nextInt(28)) : "")
                    .append("\",\"relationship\":\"").append(rel).append("\"")
                    .append(rnd.nextInt(50) == 0 ? ",\"needs\":[\"MOBILITY\"]" : "").append('}');
        }
        return "{\"registrationPoint\":\"Goris\",\"origin\":{\"settlement\":\"" + ORIGINS[rnd.nextInt(ORIGINS.length)]
                + "\"},\"phone\":\"" + PREFIXES[rnd.nextInt(PREFIXES.length)] + String.format("%06d", rnd.nextInt(1_000_000))
                + "\",\"consent\":{\"assistance\":true,\"tracing\":" + rnd.nextBoolean() + ",\"sharing\":false},\"members\":[" + m + "]}";
    }

    static String arg(List<String> a, String name, String def) {
        int i = a.indexOf(name);
        return i >= 0 && i + 1 < a.size() ? a.get(i + 1) : def;
    }
}
