package org.sitrep.link.assess;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.Set;
import org.sitrep.model.Contradiction;
import org.sitrep.model.Modality;

/**
 * Admiralty information credibility (1–6) of an event, from its independent origins, the firmness of their
 * reports and the contradictions found. The rules, in the order they are tried (docs/grades.md says why):
 * <ol>
 * <li>6 cannot be judged: no report puts the event forward (only speculation, predictions or denials).</li>
 * <li>1 confirmed: two or more independent origins state it firmly (asserted, reported or claimed) and no
 * contradiction is recorded. Origins that speak for one side (the registry aligns them with the same state,
 * party or group: a state outlet and a pro-government one) count as one voice here.</li>
 * <li>2 probably true: two or more firm origins, disputed only on numbers; or one firm origin that states it in
 * its own voice (asserted), not contradicted.</li>
 * <li>3 possibly true: two or more firm origins but disputed on outcome, responsibility or by a denial; or one
 * firm origin relaying or claiming it (reported, claimed), not contradicted.</li>
 * <li>4 doubtful: one firm origin contradicted on outcome or responsibility or denied; or only hedged reports
 * (alleged, unverified) from several origins, or from one origin without a denial.</li>
 * <li>5 improbable: denied, and its only support is one origin's hedged report.</li>
 * </ol>
 */
final class CredibilityRules {
    static final Set<Modality> FIRM = EnumSet.of(Modality.ASSERTED, Modality.REPORTED, Modality.CLAIMED);
    static final Set<Modality> HEDGED = EnumSet.of(Modality.ALLEGED, Modality.UNVERIFIED);

    record Result(int credibility, List<String> reasons) {
    }

    /** The side a source speaks for (the state, party or group its registry entry is aligned with), or null. */
    private final Function<String, String> sideOf;

    CredibilityRules() {
        this(source -> null);
    }

    CredibilityRules(Function<String, String> sideOf) {
        this.sideOf = sideOf;
    }

    Result grade(List<AssessedReport> reports, List<Contradiction> contradictions) {
        Set<String> firm = new LinkedHashSet<>();
        Set<String> hedged = new LinkedHashSet<>();
        Set<String> deniers = new LinkedHashSet<>();
        boolean ownVoice = false;
        for (AssessedReport r : reports) {
            Modality m = r.report().modality();
            if (FIRM.contains(m)) {
                firm.add(r.source());
                ownVoice |= m == Modality.ASSERTED && r.origin().path() == Origin.Path.OWN;
            } else if (HEDGED.contains(m)) {
                hedged.add(r.source());
            } else if (DenialRule.denies(m)) {
                deniers.add(r.source());
            }
        }
        hedged.removeAll(firm);
        Set<Contradiction.Kind> kinds = EnumSet.noneOf(Contradiction.Kind.class);
        contradictions.forEach(c -> kinds.add(c.kind()));
        boolean serious = kinds.contains(Contradiction.Kind.OUTCOME)
                || kinds.contains(Contradiction.Kind.RESPONSIBILITY);
        boolean denied = !deniers.isEmpty() || kinds.contains(Contradiction.Kind.DENIAL);
        List<String> why = new ArrayList<>();
        String firmList = String.join(", ", firm);
        // sources of one side (a state outlet and a pro-government one) confirming each other are one voice
        Map<String, List<String>> sides = new LinkedHashMap<>();
        for (String source : firm) {
            String side = sideOf.apply(source);
            sides.computeIfAbsent(side == null ? "own voice of " + source : side, k -> new ArrayList<>()).add(source);
        }
        int voices = sides.size();
        String oneSide = oneSideNote(sides);

        if (firm.isEmpty() && hedged.isEmpty()) {
            why.add("credibility 6 (cannot be judged): no report puts the event forward"
                    + (deniers.isEmpty() ? "" : "; it is denied by " + String.join(", ", deniers)));
            return new Result(6, why);
        }
        if (voices >= 2) {
            if (kinds.isEmpty()) {
                why.add("credibility 1 (confirmed): stated by " + firm.size() + " independent sources ("
                        + firmList + ") with no contradiction");
                return new Result(1, why);
            }
            if (!serious && !denied) {
                why.add("credibility 2 (probably true): stated by " + firm.size() + " independent sources ("
                        + firmList + "), but their tolls differ");
                return new Result(2, why);
            }
            why.add("credibility 3 (possibly true): stated by " + firm.size() + " independent sources (" + firmList
                    + "), but disputed on " + disputed(kinds) + denialNote(deniers));
            return new Result(3, why);
        }
        if (voices == 1) {
            if (serious || denied) {
                why.add("credibility 4 (doubtful): only one independent source (" + firmList + ") states it, and it is"
                        + " disputed on " + disputed(kinds) + denialNote(deniers) + oneSide);
                return new Result(4, why);
            }
            if (ownVoice || !hedged.isEmpty()) {
                why.add("credibility 2 (probably true): " + firmList + (ownVoice ? " states it in its own voice"
                        : " states it") + (hedged.isEmpty() ? "" : "; " + String.join(", ", hedged)
                        + " report it with reserve") + "; not contradicted, but not confirmed by a second source"
                        + oneSide);
                return new Result(2, why);
            }
            why.add("credibility 3 (possibly true): only " + firmList + " reports or claims it, not contradicted"
                    + oneSide);
            return new Result(3, why);
        }
        String hedgedList = String.join(", ", hedged);
        if (denied && hedged.size() == 1) {
            why.add("credibility 5 (improbable): only " + hedgedList + " alleges it, unconfirmed,"
                    + denialNote(deniers).replaceFirst("^;", ""));
            return new Result(5, why);
        }
        why.add("credibility 4 (doubtful): only alleged or unverified (" + hedgedList + ")"
                + (denied ? denialNote(deniers) : ""));
        return new Result(4, why);
    }

    /** "; X and Y both speak for Z: one side, no independent confirmation" for each side with several sources. */
    private static String oneSideNote(Map<String, List<String>> sides) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, List<String>> e : sides.entrySet()) {
            if (e.getValue().size() > 1) {
                b.append("; ").append(String.join(" and ", e.getValue())).append(" both speak for ").append(e.getKey())
                        .append(": one side, no independent confirmation");
            }
        }
        return b.toString();
    }

    private static String disputed(Set<Contradiction.Kind> kinds) {
        List<String> names = new ArrayList<>();
        kinds.forEach(k -> names.add(switch (k) {
            case OUTCOME -> "its outcome";
            case NUMBER -> "the toll";
            case RESPONSIBILITY -> "who is responsible";
            case DENIAL -> "whether it happened (a denial)";
        }));
        return String.join(", ", names);
    }

    private static String denialNote(Set<String> deniers) {
        return deniers.isEmpty() ? "" : "; denied by " + String.join(", ", deniers);
    }
}
