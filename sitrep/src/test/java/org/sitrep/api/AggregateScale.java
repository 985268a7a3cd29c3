package org.sitrep.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.sitrep.app.Grading;
import org.sitrep.app.Sitrep;
import org.sitrep.json.TestRecords;
import org.sitrep.model.DocumentInfo;
import org.sitrep.model.Event;
import org.sitrep.model.Report;
import org.sitrep.model.SubEventType;
import org.sitrep.store.ChangeSet;
import org.sitrep.store.sqlite.SqliteStore;

/**
 * A measurement, not a test: how long the web page's requests take over a store of N generated events spread over
 * Syria and twelve years (SQLite, committed through the Store port 1,000 events a document). Prints the median and
 * the worst of 7 runs of the page's two requests: the timeline's (every event, by day) and the map's (Syria at
 * zoom 7). Run: {@code java -cp <test classpath> org.sitrep.api.AggregateScale 100000 /tmp/scale.db}.
 */
public final class AggregateScale {
    private AggregateScale() {
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        Path db = Path.of(args[1]);
        if (!Files.exists(db)) {
            fill(db, n);
        }
        try (Sitrep sitrep = Sitrep.open(db);
             ApiServer server = ApiServer.start(sitrep, "127.0.0.1", 0, null, Grading.standard())) {
            HttpClient client = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + server.port() + ApiServer.BASE + "/events/aggregate?";
            for (String q : List.of("zoom=0", "zoom=7&bbox=35.5,32.0,42.5,37.5",
                    "zoom=7&bbox=35.5,32.0,42.5,37.5&from=2016-01-01&to=2016-12-31")) {
                long[] ms = new long[7];
                int bytes = 0;
                for (int i = 0; i < ms.length; i++) {
                    long t = System.nanoTime();
                    HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + q)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    ms[i] = (System.nanoTime() - t) / 1_000_000;
                    bytes = r.body().length();
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException(r.body());
                    }
                }
                Arrays.sort(ms);
                System.out.printf("%s: median %d ms, worst %d ms, answer %d KB (%s events)%n", q, ms[3], ms[6],
                        bytes / 1024, sitrep.counts().events());
            }
        }
    }

    private static void fill(Path db, int n) {
        Random random = new Random(15);
        SubEventType[] types = SubEventType.values();
        LocalDate start = LocalDate.of(2012, 1, 1);
        try (SqliteStore store = SqliteStore.open(db)) {
            for (int doc = 0; doc * 1000 < n; doc++) {
                String id = "d" + doc;
                List<Report> reports = new ArrayList<>();
                for (int i = 0; i < 1000 && doc * 1000 + i < n; i++) {
                    double lat = 32.5 + random.nextDouble() * 4.7;
                    double lon = 35.8 + random.nextDouble() * 6.4;
                    reports.add(TestRecords.fullReport(id, i, types[random.nextInt(types.length)], "P" + i, lat, lon,
                            start.plusDays(random.nextInt(4380)), random.nextInt(10) == 0 ? random.nextInt(30) : null,
                            "a monitor", "Outlet " + doc));
                }
                var info = DocumentInfo.of(TestRecords.document(id, "x".repeat(100), "Outlet " + doc, start));
                List<ChangeSet.EventWrite> events = new ArrayList<>();
                for (Report r : reports) {
                    Event e = TestRecords.eventOf(r);
                    events.add(new ChangeSet.EventWrite(e, id, events.size(), List.of("Outlet " + doc)));
                }
                store.commit(new ChangeSet(new ChangeSet.NewDocument(info, reports, reports.size(), null, null, null,
                        new long[0], null), Map.of(), List.of(), events));
            }
        }
    }
}
