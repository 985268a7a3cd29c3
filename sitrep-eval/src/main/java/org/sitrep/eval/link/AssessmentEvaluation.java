package org.sitrep.eval.link;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.knowledge.BundledResource;
import org.sitrep.knowledge.DataRow;
import org.sitrep.link.DocumentFacts;
import org.sitrep.link.assess.EventAssessor;
import org.sitrep.link.assess.Origin;
import org.sitrep.link.assess.syndication.Fingerprint;
import org.sitrep.link.assess.syndication.NearDuplicateIndex;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Attribution;
import org.sitrep.model.Contradiction;
import org.sitrep.model.Evidence;
import org.sitrep.model.Mention;
import org.sitrep.model.Modality;
import org.sitrep.model.Quantity;
import org.sitrep.model.Report;
import org.sitrep.model.ReportKind;
import org.sitrep.model.SectionKind;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;

/**
 * Measures assessment on the labelled stories ({@code link/stories.jsonl} format): reports are built from the
 * gold structured fields and grouped by their gold event (not by the linker), documents are matched as copies by
 * fingerprint alone (the labels are used only to score), and then (a) each labelled contradiction pair is looked
 * up among the contradictions found, and (b) reposts and relays are checked to add no independent source.
 */
public final class AssessmentEvaluation {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VAGUE = "/org/sitrep/link/vague-amounts.tsv";
    private static final Pattern DIGITS = Pattern.compile("\\d{1,3}(?:,\\d{3})+|\\d+");

    private final EventAssessor assessor;

    public AssessmentEvaluation(EventAssessor assessor) {
        this.assessor = assessor;
    }

    private record Story(Report report, String goldEvent, String outlet, LocalDate published, String relayOf,
                         String syndicatedFrom, String contradictionWith, String contradictionKind) {
    }

    public AssessmentScores evaluate(Path storiesJsonl) throws IOException {
        return evaluate(Files.readAllLines(storiesJsonl, StandardCharsets.UTF_8));
    }

    public AssessmentScores evaluate(List<String> jsonLines) throws IOException {
        List<Story> stories = new ArrayList<>();
        for (String line : jsonLines) {
            if (!line.isBlank()) {
                stories.add(story(JSON.readTree(line)));
            }
        }
        Map<String, DocumentFacts> documents = documents(stories);
        Map<String, List<Story>> byEvent = new LinkedHashMap<>();
        stories.forEach(s -> byEvent.computeIfAbsent(s.goldEvent(), k -> new ArrayList<>()).add(s));

        int labelled = 0, sameKind = 0, anyKind = 0, reported = 0, unlabelledCount = 0, copies = 0, once = 0;
        Map<String, int[]> byKind = new TreeMap<>();
        List<String> missed = new ArrayList<>();
        List<String> unlabelled = new ArrayList<>();
        for (Map.Entry<String, List<Story>> ev : byEvent.entrySet()) {
            List<Report> reports = ev.getValue().stream().map(Story::report).toList();
            List<Contradiction> found = assessor.contradictions(reports, documents);
            reported += found.size();
            for (Story s : ev.getValue()) {
                if (s.contradictionWith() == null) {
                    continue;
                }
                labelled++;
                int[] k = byKind.computeIfAbsent(s.contradictionKind(), x -> new int[2]);
                k[0]++;
                boolean same = found.stream().anyMatch(c -> c.kind().wireName().equals(s.contradictionKind())
                        && opposite(c, s.report().id(), s.contradictionWith()));
                boolean any = found.stream().anyMatch(c -> opposite(c, s.report().id(), s.contradictionWith()));
                sameKind += same ? 1 : 0;
                anyKind += any ? 1 : 0;
                k[1] += same ? 1 : 0;
                if (!same) {
                    missed.add(s.contradictionKind() + " " + s.report().id() + " vs " + s.contradictionWith()
                            + (any ? " (found as another kind)" : ""));
                }
            }
            for (Contradiction c : found) {
                boolean hasLabel = ev.getValue().stream().anyMatch(s -> s.contradictionWith() != null
                        && opposite(c, s.report().id(), s.contradictionWith()));
                if (!hasLabel) {
                    unlabelledCount++;
                    unlabelled.add(ev.getKey() + ": " + c.kind().wireName() + ": " + c.summary());
                }
            }
            for (Story s : ev.getValue()) {
                if (s.relayOf() == null && s.syndicatedFrom() == null) {
                    continue;
                }
                copies++;
                Origin o = assessor.origin(s.report(), documents);
                once += o.source().equals(o.via()) ? 0 : 1;
            }
        }
        int synLabelled = 0, synFound = 0, synFalse = 0;
        Map<String, String> labelledCopies = new HashMap<>();
        stories.forEach(s -> {
            if (s.syndicatedFrom() != null) {
                labelledCopies.put(s.report().documentId(), s.syndicatedFrom());
            }
        });
        for (DocumentFacts d : documents.values()) {
            String gold = labelledCopies.get(d.documentId());
            if (gold != null) {
                synLabelled++;
                synFound += gold.equals(d.duplicateOf()) ? 1 : 0;
            } else if (d.duplicateOf() != null) {
                synFalse++;
            }
        }
        return new AssessmentScores(labelled, sameKind, anyKind, byKind, reported, unlabelledCount, missed,
                unlabelled, copies, once, synLabelled, synFound, synFalse);
    }

    static boolean opposite(Contradiction c, String a, String b) {
        int sa = -1, sb = -1;
        for (int i = 0; i < c.sides().size(); i++) {
            if (c.sides().get(i).reportIds().contains(a)) {
                sa = i;
            }
            if (c.sides().get(i).reportIds().contains(b)) {
                sb = i;
            }
        }
        return sa >= 0 && sb >= 0 && sa != sb;
    }

    /** Document facts as ingest would give them: outlet and date; copies found by fingerprint, oldest first. */
    private Map<String, DocumentFacts> documents(List<Story> stories) {
        Map<String, StringBuilder> text = new LinkedHashMap<>();
        Map<String, Story> first = new LinkedHashMap<>();
        for (Story s : stories) {
            text.computeIfAbsent(s.report().documentId(), k -> new StringBuilder()).append(
                    s.report().evidence().text()).append('\n');
            first.putIfAbsent(s.report().documentId(), s);
        }
        List<String> ids = new ArrayList<>(first.keySet());
        // oldest first; on the same day an aggregator's page comes after the others (it republishes, the
        // registry says so), since the labels carry dates but no times
        ids.sort(Comparator.comparing((String id) -> first.get(id).published())
                .thenComparing(id -> assessor.registry().lookup(first.get(id).outlet())
                        .map(e -> e.format().equals("aggregator")).orElse(false))
                .thenComparing(id -> id));
        NearDuplicateIndex index = new NearDuplicateIndex();
        Map<String, DocumentFacts> out = new LinkedHashMap<>();
        for (String id : ids) {
            Fingerprint f = Fingerprint.of(text.get(id).toString());
            Optional<String> dup = index.firstNearDuplicate(f, NearDuplicateIndex.COPY_THRESHOLD);
            index.add(id, f);
            Story s = first.get(id);
            out.put(id, new DocumentFacts(id, s.outlet(), s.published(), null, dup.orElse(null)));
        }
        return out;
    }

    private static Story story(JsonNode n) {
        String id = n.path("report_id").asText();
        String doc = n.path("document_id").asText();
        String text = n.path("text").asText();
        List<Attribution> chain = new ArrayList<>();
        for (JsonNode a : n.path("attribution")) {
            chain.add(new Attribution(a.path("name").asText(),
                    Attribution.Role.valueOf(a.path("role").asText().toUpperCase(Locale.ROOT)), null));
        }
        Modality modality = Modality.parse(n.path("modality").asText())
                .orElseThrow(() -> new IllegalArgumentException(id + ": unknown modality"));
        Quantity fatalities = n.path("fatalities").isNumber()
                ? new Quantity(n.path("fatalities").asInt(), figureMention(text, n.path("fatalities").asInt()))
                : null;
        Report r = new Report(id, ReportKind.EVENT, null, doc, SectionKind.BODY,
                new Evidence(doc, text, new Span(0, text.length())), null,
                SubEventType.parse(n.path("sub_event_type").asText()).orElse(null), null, null, null,
                actors(n.path("actor1"), text), actors(n.path("actor2"), text), List.of(), List.of(), null, null,
                fatalities, null, null, modality, chain, List.of());
        JsonNode c = n.path("contradiction");
        return new Story(r, n.path("gold_event_id").asText(), n.path("outlet").asText(),
                LocalDate.parse(n.path("published").asText()), textOrNull(n.path("relay_of")),
                textOrNull(n.path("syndicated_from")), c.isObject() ? c.path("with").asText() : null,
                c.isObject() ? c.path("kind").asText() : null);
    }

    private static String textOrNull(JsonNode n) {
        return n.isMissingNode() || n.isNull() ? null : n.asText();
    }

    private static List<ActorRef> actors(JsonNode names, String text) {
        List<ActorRef> out = new ArrayList<>();
        for (JsonNode a : names) {
            String name = a.asText();
            int at = text.toLowerCase(Locale.ROOT).indexOf(name.toLowerCase(Locale.ROOT));
            Mention m = at >= 0 ? Mention.of(text.substring(at, at + name.length()), at, at + name.length())
                    : Mention.of(name, 0, 0);
            out.add(new ActorRef(name, null, null, m));
        }
        return out;
    }

    /**
     * The words a gold toll came from, as extraction would give them: the digits of the value, else a vague amount
     * word ("dozens"), else the value alone.
     */
    /** The vague amount words of the runtime's own data file (the one the assessor reads), lower-cased. */
    private static List<String> vagueWords() {
        return DataRow.parse(VAGUE, BundledResource.lines(AssessmentEvaluation.class, VAGUE), 3,
                IllegalStateException::new).stream().map(r -> r.col(0).toLowerCase(Locale.ROOT)).toList();
    }

    static Mention figureMention(String text, int value) {
        Matcher m = DIGITS.matcher(text);
        while (m.find()) {
            if (Integer.parseInt(m.group().replace(",", "")) == value) {
                return Mention.of(m.group(), m.start(), m.end());
            }
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String w : vagueWords()) {
            int at = lower.indexOf(w);
            if (at >= 0) {
                return Mention.of(text.substring(at, at + w.length()), at, at + w.length());
            }
        }
        return Mention.of(String.valueOf(value), 0, 0);
    }
}
