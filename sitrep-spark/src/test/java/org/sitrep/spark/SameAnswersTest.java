package org.sitrep.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.Sitrep;
import org.sitrep.engine.Engine;
import org.sitrep.json.SitrepJson;
import org.sitrep.link.assess.EventAssessor;
import org.sitrep.model.Event;
import org.sitrep.model.Query;
import org.sitrep.model.ReportRecord;

/**
 * Scope 4 of issue 12, same answers: on the examples and the real pages in ../shared (when present), the Spark job
 * (local[2]) and {@code sitrep ingest} into SQLite make the same reports, and events whose report partition agrees
 * (pairwise F1 at least 0.99; every difference is printed).
 */
class SameAnswersTest {
    @TempDir
    Path dir;

    static List<Path> corpus() {
        String p = System.getProperty("sitrep.examples");
        Assumptions.assumeTrue(p != null && Files.isDirectory(Path.of(p)), "examples/ folder not found");
        List<Path> roots = new ArrayList<>(List.of(Path.of(p).toAbsolutePath().normalize()));
        String shared = System.getProperty("sitrep.shared");
        Path articles = shared == null ? null : Path.of(shared, "corpus", "articles").toAbsolutePath().normalize();
        if (articles != null && Files.isDirectory(articles)) {
            roots.add(articles);
        } else {
            System.out.println("SameAnswersTest: ../shared/corpus/articles absent, examples only");
        }
        // the job records documents in path order; ingest takes the roots in the order named
        roots.sort(Comparator.comparing(Path::toString));
        return roots;
    }

    @Test
    void sparkJobAndIngest_sameReportsAndEvents() throws Exception {
        List<Path> roots = corpus();
        long t0 = System.nanoTime();
        SparkJob.Summary s = new SparkJob(TestSpark.session())
                .run(roots.stream().map(Path::toString).toList(), dir.resolve("out").toString());
        assertEquals(0, s.skipped(), "skipped: " + s.problems());
        Map<String, ObjectNode> sparkReports = byId(TestSpark.records("reports", dir.resolve("out/reports").toString()));
        Map<String, ObjectNode> sparkEvents = byId(TestSpark.records("events", dir.resolve("out/events").toString()));

        long t1 = System.nanoTime();
        SitrepJson json = SitrepJson.standard();
        Map<String, ObjectNode> ingestReports = new TreeMap<>();
        Map<String, ObjectNode> ingestEvents = new TreeMap<>();
        try (Sitrep sitrep = Sitrep.open(dir.resolve("ingest.db"))) {
            sitrep.ingest(Engine.standard(), EventAssessor.standard(), roots, (file, problem) -> {
                throw new AssertionError(file + ": " + problem);
            });
            long offers = 0;
            long bytes = 0;
            for (ReportRecord r : sitrep.reports(Query.all())) {
                ingestReports.put(r.report().id(), json.report(r));
                offers += org.sitrep.link.Blocking.standard().keys(r.report()).size();
                bytes += json.writeReport(r).length();
            }
            // what the blocking step shuffles: each report's record once per block it is offered to
            System.out.printf("SameAnswersTest: blocks per report %.1f, report record %.0f bytes on average%n",
                    offers / (double) ingestReports.size(), bytes / (double) ingestReports.size());
            for (Event e : sitrep.events(Query.all())) {
                ingestEvents.put(e.id(), withoutNulls(json.event(e)));
            }
        }
        System.out.printf("SameAnswersTest: spark job %.1f s, ingest %.1f s%n", (t1 - t0) / 1e9,
                (System.nanoTime() - t1) / 1e9);
        assertEquals(s.reports(), sparkReports.size());
        assertEquals(s.events(), sparkEvents.size());
        assertTrue(ingestEvents.size() >= 10, "events: " + ingestEvents.size());

        List<String> reportDiffs = new ArrayList<>();
        Set<String> ids = new TreeSet<>(sparkReports.keySet());
        ids.addAll(ingestReports.keySet());
        for (String id : ids) {
            ObjectNode a = withoutEvent(sparkReports.get(id));
            ObjectNode b = withoutEvent(ingestReports.get(id));
            if (a == null || !a.equals(b)) {
                reportDiffs.add(id + " " + differing(a, b));
            }
        }
        reportDiffs.forEach(d -> System.out.println("SameAnswersTest report differs: " + d));
        assertEquals(List.of(), reportDiffs, "reports differ");

        Set<String> sparkPairs = pairs(sparkEvents);
        Set<String> ingestPairs = pairs(ingestEvents);
        Set<String> both = new HashSet<>(sparkPairs);
        both.retainAll(ingestPairs);
        double p = sparkPairs.isEmpty() ? 1 : both.size() / (double) sparkPairs.size();
        double r = ingestPairs.isEmpty() ? 1 : both.size() / (double) ingestPairs.size();
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        List<String> eventDiffs = eventDiffs(sparkEvents, ingestEvents);
        eventDiffs.forEach(d -> System.out.println("SameAnswersTest event differs: " + d));
        System.out.printf("SameAnswersTest: %d documents, %d reports; events spark %d, ingest %d; linked pairs spark %d,"
                        + " ingest %d, shared %d; pairwise P %.4f R %.4f F1 %.4f; %d events differ in some field%n",
                s.documents(), ingestReports.size(), sparkEvents.size(), ingestEvents.size(), sparkPairs.size(),
                ingestPairs.size(), both.size(), p, r, f1, eventDiffs.size());
        assertTrue(ingestPairs.size() > 0, "no linked pair to compare");
        assertTrue(f1 >= 0.99, "pairwise F1 " + f1);
        // events of the same reports are merged and graded alike (ties broken in the linker's order)
        assertTrue(eventDiffs.size() <= ingestEvents.size() / 20, eventDiffs.size() + " events differ");
    }

    /** Events made of the same reports whose records differ (grades, merged values), or with no twin. */
    private static List<String> eventDiffs(Map<String, ObjectNode> spark, Map<String, ObjectNode> ingest) {
        Map<String, ObjectNode> ingestByReports = new TreeMap<>();
        ingest.values().forEach(e -> ingestByReports.put(e.get("report_ids").toString(), e));
        List<String> out = new ArrayList<>();
        for (ObjectNode e : spark.values()) {
            ObjectNode twin = ingestByReports.remove(e.get("report_ids").toString());
            if (!e.equals(twin)) {
                out.add(e.get("id").asText() + " " + differing(e, twin));
            }
        }
        ingestByReports.values().forEach(e -> out.add(e.get("id").asText() + " only from ingest: " + e));
        return out;
    }

    /** The members two records disagree on, with both values. */
    static String differing(ObjectNode a, ObjectNode b) {
        if (a == null || b == null) {
            return "only from " + (a == null ? "ingest: " + b : "spark: " + a);
        }
        Set<String> names = new TreeSet<>();
        a.fieldNames().forEachRemaining(names::add);
        b.fieldNames().forEachRemaining(names::add);
        StringBuilder out = new StringBuilder();
        for (String n : names) {
            if (!java.util.Objects.equals(a.get(n), b.get(n))) {
                out.append("\n  ").append(n).append(": spark ").append(a.get(n)).append(" / ingest ").append(b.get(n));
            }
        }
        return out.toString();
    }

    private static Set<String> pairs(Map<String, ObjectNode> events) {
        Set<String> out = new HashSet<>();
        for (ObjectNode e : events.values()) {
            List<String> ids = new ArrayList<>();
            e.get("report_ids").forEach(x -> ids.add(x.asText()));
            for (String a : ids) {
                for (String b : ids) {
                    if (a.compareTo(b) < 0) {
                        out.add(a + " " + b);
                    }
                }
            }
        }
        return out;
    }

    private static ObjectNode withoutEvent(ObjectNode n) {
        if (n == null) {
            return null;
        }
        ObjectNode c = withoutNulls(n);
        c.remove("event_id");
        c.remove("month");
        return c;
    }

    /** A record without its null members: a Parquet table has every column, a JSONL record may leave some out. */
    static ObjectNode withoutNulls(ObjectNode n) {
        ObjectNode c = n.deepCopy();
        List<String> nulls = new ArrayList<>();
        c.properties().forEach(f -> {
            if (f.getValue().isNull()) {
                nulls.add(f.getKey());
            }
        });
        c.remove(nulls);
        return c;
    }

    static Map<String, ObjectNode> byId(List<ObjectNode> records) {
        Map<String, ObjectNode> out = new TreeMap<>();
        for (ObjectNode n : records) {
            n.remove("month");
            JsonNode id = n.get("id");
            out.put(id.asText(), withoutNulls(n));
        }
        return out;
    }
}
