import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * HTTP registration load: N households posted by C concurrent clients against a running Haven.
 * Needs only a JDK: {@code java bench/RegistrationLoad.java --url URL --token T [--households N] [--clients C] [--seed S]}.
 * Prints throughput, latency percentiles, how many requests failed and the CPU this generator used.
 * Names are drawn in all three scripts; households have 1–8 members; every request has its own
 * {@code Idempotency-Key}.
 *
 * <p>The generator shares the machine's cores with the server, so it is kept cheap: every request is
 * built before the clock starts, and each client sends over its own keep-alive connection with a
 * minimal HTTP/1.1 exchange (status line, headers, a Content-Length or chunked body) instead of a
 * general-purpose client. The server sees the same requests either way.
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
        URI url = URI.create(arg(a, "--url", "http://localhost:8080"));
        String token = arg(a, "--token", null);
        int households = Integer.parseInt(arg(a, "--households", "25000"));
        int clients = Integer.parseInt(arg(a, "--clients", "16"));
        if (token == null) throw new IllegalArgumentException("--token is required");

        // Every request, ready to send, before the clock starts.
        String run = Long.toString(System.currentTimeMillis(), 36);
        // The warm-up of bench/registration.sh uses another seed, so it registers other people.
        Random rnd = new Random(Long.parseLong(arg(a, "--seed", "1000")));
        byte[][] requests = new byte[households][];
        int[] sizes = new int[households];
        for (int i = 0; i < households; i++) {
            sizes[i] = 1 + Math.min(7, (int) Math.abs(rnd.nextGaussian() * 2.2));
            requests[i] = request(url, token, "load-" + run + "-" + i, household(rnd, sizes[i]));
        }

        long[] latencies = new long[households];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger persons = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long cpuBefore = processCpuNanos();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                Connection conn = null;
                int i;
                while ((i = next.getAndIncrement()) < households) {
                    long t0 = System.nanoTime();
                    try {
                        if (conn == null) conn = new Connection(url);
                        Response r = conn.exchange(requests[i]);
                        if (r.close()) {
                            conn.close();
                            conn = null;
                        }
                        if (r.status() != 201) {
                            if (failed.incrementAndGet() < 5) System.err.println(r.status() + " " + r.body());
                        } else {
                            persons.addAndGet(sizes[i]);
                        }
                    } catch (IOException e) {
                        if (failed.incrementAndGet() < 5) System.err.println(e);
                        if (conn != null) conn.close();
                        conn = null;
                    }
                    latencies[i] = System.nanoTime() - t0;
                }
                if (conn != null) conn.close();
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (processCpuNanos() - cpuBefore) / 1e9;
        long[] l = latencies.clone();
        Arrays.sort(l);
        System.out.printf(Locale.ROOT, "households=%d persons=%d clients=%d failed=%d seconds=%.1f throughput=%.0f households/s%n",
                households, persons.get(), clients, failed.get(), seconds, households / seconds);
        System.out.printf(Locale.ROOT, "latency ms: p50=%.1f p90=%.1f p99=%.1f max=%.1f%n",
                pct(l, 50), pct(l, 90), pct(l, 99), l[l.length - 1] / 1e6);
        System.out.printf(Locale.ROOT, "load generator CPU during the load: %.1f s (%.2f s per 1,000 households)%n",
                cpu, cpu * 1000 / households);
    }

    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static double pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1)] / 1e6;
    }

    static byte[] request(URI url, String token, String idempotencyKey, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String head = "POST /api/v1/households HTTP/1.1\r\n"
                + "Host: " + url.getHost() + ":" + url.getPort() + "\r\n"
                + "Authorization: Bearer " + token + "\r\n"
                + "Content-Type: application/json\r\n"
                + "Accept: application/json\r\n"
                + "Idempotency-Key: " + idempotencyKey + "\r\n"
                + "Content-Length: " + body.length + "\r\n\r\n";
        byte[] h = head.getBytes(StandardCharsets.US_ASCII);
        byte[] out = Arrays.copyOf(h, h.length + body.length);
        System.arraycopy(body, 0, out, h.length, body.length);
        return out;
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

    record Response(int status, String body, boolean close) {}

    /** One keep-alive HTTP/1.1 connection: sends a prepared request, reads the whole response. */
    static final class Connection implements Closeable {

        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;

        Connection(URI url) throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(url.getHost(), url.getPort()), 10_000);
            socket.setSoTimeout(120_000);
            in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
            out = new BufferedOutputStream(socket.getOutputStream(), 16 * 1024);
        }

        Response exchange(byte[] request) throws IOException {
            out.write(request);
            out.flush();
            String statusLine = line();
            if (!statusLine.startsWith("HTTP/1.1 ") || statusLine.length() < 12) {
                throw new IOException("not an HTTP/1.1 response: " + statusLine);
            }
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean close = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                if (colon < 0) continue;
                String name = header.substring(0, colon).trim();
                String value = header.substring(colon + 1).trim();
                if (name.equalsIgnoreCase("Content-Length")) length = Long.parseLong(value);
                else if (name.equalsIgnoreCase("Transfer-Encoding")) chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                else if (name.equalsIgnoreCase("Connection")) close = value.equalsIgnoreCase("close");
            }
            byte[] body;
            if (chunked) {
                body = chunkedBody();
            } else if (length >= 0) {
                body = in.readNBytes((int) length);
                if (body.length < length) throw new EOFException("response body cut short");
            } else {
                body = in.readAllBytes();
                close = true;
            }
            return new Response(status, status == 201 ? "" : new String(body, StandardCharsets.UTF_8), close);
        }

        private byte[] chunkedBody() throws IOException {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            while (true) {
                String sizeLine = line();
                int semi = sizeLine.indexOf(';');
                int size = Integer.parseInt((semi < 0 ? sizeLine : sizeLine.substring(0, semi)).trim(), 16);
                if (size == 0) {
                    while (!line().isEmpty()) { } // trailers
                    return body.toByteArray();
                }
                byte[] chunk = in.readNBytes(size);
                if (chunk.length < size) throw new EOFException("chunk cut short");
                body.write(chunk);
                line(); // the CRLF after each chunk
            }
        }

        private String line() throws IOException {
            StringBuilder b = new StringBuilder(64);
            while (true) {
                int c = in.read();
                if (c < 0) throw new EOFException("connection closed by the server");
                if (c == '\n') break;
                if (c != '\r') b.append((char) c);
            }
            return b.toString();
        }

        @Override
        public void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}
