package org.sitrep.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import org.sitrep.json.JsonFormatException;
import org.sitrep.json.SitrepJson;
import org.sitrep.model.Near;
import org.sitrep.model.analysis.Claim;
import org.sitrep.model.analysis.Granularity;
import org.sitrep.model.analysis.SeriesFilter;

/**
 * The body of {@code POST /claims/test}: a JSON object whose members are `sitrep test-claim`'s options in snake_case
 * (relation, cause_type, cause_actor, cause_initiator, cause_counts, effect_type, effect_actor, effect_initiator,
 * near, lag, seed, from, to). A member the route does not know, or one it cannot use, is a 400 naming it.
 */
final class ClaimRequest {
    /** The members a claim has, by their JSON names. */
    enum Member {
        relation, cause_type, cause_actor, cause_initiator, cause_counts, effect_type, effect_actor, effect_initiator,
        near, lag, seed, from, to
    }

    static final List<String> MEMBERS = java.util.Arrays.stream(Member.values()).map(Enum::name).toList();

    private ClaimRequest() {
    }

    static Claim parse(String body) {
        JsonNode n;
        try {
            n = SitrepJson.standard().parse(body == null || body.isBlank() ? "{}" : body);
        } catch (JsonFormatException | IllegalArgumentException e) {
            throw new Problem(400, "the body is not JSON: " + e.getMessage(), null);
        }
        if (!n.isObject()) {
            throw new Problem(400, "the body is a JSON object of the claim's members (" + String.join(", ", MEMBERS)
                    + ")", null);
        }
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!MEMBERS.contains(name)) {
                throw Problem.badParameter(name, "not a member of a claim (known: " + String.join(", ", MEMBERS) + ")");
            }
        }
        String relation = text(n, "relation");
        if (relation == null) {
            throw Problem.badParameter("relation", "required: lull-precedes or rise-precedes");
        }
        Claim.Relation r = read(n, "relation", s -> Claim.Relation.parse(s).orElseThrow(() ->
                new IllegalArgumentException("lull-precedes or rise-precedes, not '" + s + "'")));
        LocalDate from = read(n, "from", AnalysisParams::date);
        LocalDate to = read(n, "to", AnalysisParams::date);
        Near near = read(n, "near", Near::parse);
        Integer lag = read(n, "lag", Integer::valueOf);
        Long seed = read(n, "seed", Long::valueOf);
        boolean counts = Boolean.TRUE.equals(read(n, "cause_counts", AnalysisParams::bool));
        SeriesFilter cause = initiator(n, "cause_initiator",
                filter(n, "cause_type", text(n, "cause_actor"), null, counts, from, to));
        SeriesFilter effect = initiator(n, "effect_initiator",
                filter(n, "effect_type", text(n, "effect_actor"), near, false, from, to));
        try {
            return new Claim(r, cause, effect, lag, seed);
        } catch (IllegalArgumentException e) {
            throw Problem.badParameter("lag", e.getMessage());
        }
    }

    /** The filter with its actor only as the initiator when the member says so. */
    private static SeriesFilter initiator(JsonNode n, String member, SeriesFilter f) {
        try {
            return f.initiator(Boolean.TRUE.equals(read(n, member, AnalysisParams::bool)));
        } catch (IllegalArgumentException e) {
            throw Problem.badParameter(member, e.getMessage());
        }
    }

    private static SeriesFilter filter(JsonNode n, String typeMember, String actor, Near near, boolean counts,
                                       LocalDate from, LocalDate to) {
        try {
            return new SeriesFilter(text(n, typeMember), actor, null, near, counts, from, to, Granularity.DAY);
        } catch (IllegalArgumentException e) {
            throw Problem.badParameter(from != null && to != null && to.isBefore(from) ? "to" : typeMember,
                    e.getMessage());
        }
    }

    private static String text(JsonNode n, String name) {
        JsonNode v = n.get(name);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static <T> T read(JsonNode n, String name, Function<String, T> parse) {
        String v = text(n, name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return parse.apply(v.strip());
        } catch (IllegalArgumentException e) {
            throw Problem.badParameter(name, e.getMessage());
        }
    }
}
