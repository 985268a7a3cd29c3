package org.sitrep.bench.scale;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.sitrep.model.Box;
import org.sitrep.model.Query;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench/run load --url http://127.0.0.1:PORT [--clients 16] [--seconds 60] [--warm-up 5]}: a bounded load on
 * a running {@code sitrep serve}: {@code --clients} threads (a fixed pool; Java 17 has no virtual threads), each
 * asking {@code GET /api/v1/events} for a random box and time window ({@link QueryShapes}) as soon as its last
 * answer is read, for {@code --seconds} after {@code --warm-up} unmeasured seconds. Reports throughput, latency
 * percentiles and errors (any answer but 200 counts as one), overall and per query shape. It first waits for the
 * map's first request to be answered (the server reads its map digest once at start).
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Bounded HTTP load on sitrep serve: random box and time windows from concurrent clients")
public final class LoadCommand implements Callable<Integer> {
    @Option(names = "--url", required = true, description = "the server, e.g. http://127.0.0.1:8080")
    String url;

    @Option(names = "--clients", defaultValue = "16")
    int clients;

    @Option(names = "--seconds", defaultValue = "60")
    int seconds;

    @Option(names = "--warm-up", defaultValue = "5", description = "seconds of load before measuring")
    int warmUp;

    @Option(names = "--seed", defaultValue = "11")
    long seed;

    /** One client's measured answers: each one's latency and the ordinal of its {@link QueryShapes.Shape}. */
    private record Client(long[] nanos, byte[] shapes, int count, long errors, long bytes) {
    }

    @Override
    public Integer call() throws Exception {
        QueryShapes shapes = new QueryShapes();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        System.out.printf("[load] %s, %d clients, %d s (after %d s warm-up); %s%n", url, clients, seconds, warmUp,
                Machine.describe());
        ready(http);
        long start = System.nanoTime();
        long measureFrom = start + warmUp * 1_000_000_000L;
        long end = measureFrom + seconds * 1_000_000_000L;
        AtomicLong firstError = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Client>> running = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            SplittableRandom rnd = new SplittableRandom(seed + i);
            running.add(pool.submit(() -> client(http, shapes, rnd, measureFrom, end, firstError)));
        }
        long[] all = new long[0];
        byte[] shapeOf = new byte[0];
        long errors = 0;
        long bytes = 0;
        int n = 0;
        for (Future<Client> f : running) {
            Client c = f.get();
            all = java.util.Arrays.copyOf(all, n + c.count());
            shapeOf = java.util.Arrays.copyOf(shapeOf, n + c.count());
            System.arraycopy(c.nanos(), 0, all, n, c.count());
            System.arraycopy(c.shapes(), 0, shapeOf, n, c.count());
            n += c.count();
            errors += c.errors();
            bytes += c.bytes();
        }
        pool.shutdown();
        Percentiles p = Percentiles.of(all);
        System.out.printf("[load] %,d requests in %d s: %.1f requests/s, %s; %d errors, %.1f KB an answer%n", n,
                seconds, n / (double) seconds, p.line(), errors, n == 0 ? 0 : bytes / 1024.0 / n);
        byShape(all, shapeOf, n);
        System.out.printf("[load] load average at the end %s%n", Machine.load());
        return errors == 0 ? 0 : 1;
    }

    /**
     * Waits for the server to be ready as a map's user meets it: the page's first request, the events of a week over
     * Syria on the map's grid ({@code /events/aggregate}), waits for the map's digest the server reads once at start
     * (a scan of every stored event, tens of seconds over a million); a load measured meanwhile would measure that
     * read, not the answers.
     */
    private void ready(HttpClient http) throws IOException, InterruptedException {
        long t = System.nanoTime();
        Box b = QueryShapes.SYRIA;
        String bbox = URLEncoder.encode(b.minLon() + "," + b.minLat() + "," + b.maxLon() + "," + b.maxLat(),
                StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/api/v1/events/aggregate?zoom=6&bbox=" + bbox
                + "&from=" + SyntheticDays.FIRST_DAY + "&to=" + SyntheticDays.FIRST_DAY.plusDays(6)))
                .timeout(Duration.ofMinutes(10)).GET().build();
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException("the server is not ready: " + r.statusCode() + " for " + request.uri() + ": "
                    + r.body());
        }
        System.out.printf("[load] the map's first request answered after %.1f s (the server's digest read)%n",
                (System.nanoTime() - t) / 1e9);
    }

    /** The latencies of each query shape apart: which kinds of request make the tail. */
    private static void byShape(long[] nanos, byte[] shapeOf, int n) {
        for (QueryShapes.Shape shape : QueryShapes.Shape.values()) {
            long[] mine = new long[n];
            int k = 0;
            for (int i = 0; i < n; i++) {
                if (shapeOf[i] == shape.ordinal()) {
                    mine[k++] = nanos[i];
                }
            }
            System.out.printf("[load]   %-18s %s%n", shape, Percentiles.of(java.util.Arrays.copyOf(mine, k)).line());
        }
    }

    private Client client(HttpClient http, QueryShapes shapes, SplittableRandom rnd, long measureFrom, long end,
                          AtomicLong firstError) throws InterruptedException {
        long[] nanos = new long[1024];
        byte[] shapeOf = new byte[1024];
        int count = 0;
        long errors = 0;
        long bytes = 0;
        while (System.nanoTime() < end) {
            QueryShapes.Shape shape = shapes.anyShape(rnd);
            HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/api/v1/events?"
                            + params(shapes.random(shape, rnd))))
                    .timeout(Duration.ofSeconds(30)).GET().build();
            long t = System.nanoTime();
            boolean ok;
            int size = 0;
            try {
                HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                ok = r.statusCode() == 200;
                size = r.body().length;
                if (!ok && firstError.compareAndSet(0, 1)) {
                    System.err.println("[load] " + r.statusCode() + " for " + request.uri() + ": "
                            + new String(r.body(), StandardCharsets.UTF_8));
                }
            } catch (java.io.IOException e) {
                ok = false;
                if (firstError.compareAndSet(0, 1)) {
                    System.err.println("[load] " + request.uri() + ": " + e);
                }
            }
            long done = System.nanoTime();
            if (t >= measureFrom && done <= end) {
                if (count == nanos.length) {
                    nanos = java.util.Arrays.copyOf(nanos, count * 2);
                    shapeOf = java.util.Arrays.copyOf(shapeOf, count * 2);
                }
                shapeOf[count] = (byte) shape.ordinal();
                nanos[count++] = done - t;
                errors += ok ? 0 : 1;
                bytes += size;
            }
        }
        return new Client(nanos, shapeOf, count, errors, bytes);
    }

    /** The query as {@code GET /events} parameters. */
    static String params(Query q) {
        StringBuilder s = new StringBuilder("limit=").append(q.limit());
        Box b = q.bbox();
        if (b != null) {
            s.append("&bbox=").append(URLEncoder.encode(b.minLon() + "," + b.minLat() + "," + b.maxLon() + ","
                    + b.maxLat(), StandardCharsets.UTF_8));
        }
        if (q.from() != null) {
            s.append("&from=").append(q.from());
        }
        if (q.to() != null) {
            s.append("&to=").append(q.to());
        }
        return s.toString();
    }
}
