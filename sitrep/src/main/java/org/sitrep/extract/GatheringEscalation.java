package org.sitrep.extract;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.SubEventType;

/**
 * One gathering told over several sentences takes its most serious turn. A note or dispatch often opens with the
 * protest ("Students demonstrated against the fees.") and tells what happened at it next ("The group built
 * barricades.", "They clashed with the police.", "Clashes broke out between demonstrators and police."); ACLED codes
 * the whole as one event of its gravest kind, so the protest's votes move to that kind (violent demonstration >
 * excessive force > protest with intervention, as within one clause).
 *
 * <p>A later sentence counts for the gathering when it names protesters or a protest, or opens with a word that
 * refers back to them ("they", "the group"); its escalation words are read as in a protest clause (a word after a
 * topic word, "against the killing of", names what the protest is about), and its own votes for violence join the
 * gathering's. Rioters at a protest that turned violent are that protest, not a mob of their own ("rioters clashed
 * with soldiers during a demonstration"). Fed one sentence at a time, in order; then {@link #apply} rewrites the
 * passage's votes. Not thread-safe: one per passage.
 */
final class GatheringEscalation {
    /** Words opening a sentence that refer back to the people of the previous one ("They", "The group"). */
    private static final Set<String> BACK_REFERENCE = ClosedClass.of("gathering-back-reference");
    /**
     * Words after which a later sentence tells what the protest was about or what someone said, not what happened at
     * it ("The protest was sparked by a shooting", "took place following clashes", "Protesters fear clashes").
     */
    private static final Set<String> CUE_STOPS = union(ClosedClass.of("gathering-cue-stops"),
            ClosedClass.of("background"), ClosedClass.of("protest-topic"), ClosedClass.of("irrealis"));

    private final CrowdRules rules;
    private boolean gathering;
    private SubEventType worst;
    private final Map<SubEventType, Double> folded = new EnumMap<>(SubEventType.class);

    GatheringEscalation(CrowdRules rules) {
        this.rules = rules;
    }

    /** Reads one sentence ({@code toks[from, to)}) whose trigger votes are {@code votes}. */
    void sentence(List<Token> toks, int from, int to, Map<SubEventType, Double> votes) {
        boolean own = votes.keySet().stream().anyMatch(CrowdRules::gathering);
        if (!gathering) {
            gathering = own;
            return;
        }
        SubEventType cue = turn(toks, from, to, own);
        if (cue != null) {
            if (worst == null || cue.ordinal() > worst.ordinal()) {
                worst = cue;
            }
            // "The group clashed with the police": the clash is the protest's turn, not an event of its own
            votes.forEach((t, v) -> {
                if (!CrowdRules.gathering(t)) {
                    folded.merge(t, v, Double::sum);
                }
            });
        }
    }

    /**
     * The turn a sentence tells of a gathering told before it: the kind of escalation its words name before any stop
     * word, when the sentence is about the gathering (it has one of its own, names protesters or a protest, or opens
     * with a back reference); null when it tells no turn. These three read no state of this object.
     */
    SubEventType turn(List<Token> toks, int from, int to, boolean own) {
        SubEventType cue = cue(toks, from, to);
        return cue != null && (own || about(toks, from, to) || stepsIn(toks, from, to, cue)) ? cue : null;
    }

    /** Whether the sentence names protesters or a protest, or opens with a back reference ("They", "The group"). */
    boolean about(List<Token> toks, int from, int to) {
        return rules.namesProtest(toks, from, to) || refersBack(toks, from, to);
    }

    /**
     * Whether the sentence tells state forces stepping in ("Police fired tear gas to disperse them", "Security forces
     * intervened"): it opens with them and its turn is an intervention, which right after a gathering is done to it.
     * Force or fighting they open with ("Soldiers clashed with rebels") may be another event.
     */
    boolean stepsIn(List<Token> toks, int from, int to, SubEventType cue) {
        return cue == SubEventType.PROTEST_WITH_INTERVENTION && rules.stateForcesOpen(toks, from, to);
    }

    /** The escalation the sentence's words name before any stop word, or null (a peaceful protest is no turn). */
    SubEventType cue(List<Token> toks, int from, int to) {
        SubEventType cue = rules.protestEscalation(toks, from, firstStop(toks, from, to));
        return cue == SubEventType.PEACEFUL_PROTEST ? null : cue;
    }

    /** Moves the gathering's votes, and those of the sentences that escalated it, to its gravest kind. */
    void apply(Map<SubEventType, Double> votes) {
        boolean violent = worst == SubEventType.VIOLENT_DEMONSTRATION
                || votes.containsKey(SubEventType.VIOLENT_DEMONSTRATION);
        if (gathering && violent && votes.containsKey(SubEventType.MOB_VIOLENCE)) {
            // "rioters clashed with soldiers during a demonstration": a riot at a protest turned violent is that protest
            worst = SubEventType.VIOLENT_DEMONSTRATION;
            folded.merge(SubEventType.MOB_VIOLENCE, votes.get(SubEventType.MOB_VIOLENCE), Double::sum);
        }
        if (!gathering || worst == null) {
            return;
        }
        for (SubEventType t : votes.keySet()) {
            // "hurled stones at police ... Police fired tear gas": the gathering's own gravest kind is not lowered
            if (CrowdRules.gathering(t) && t.ordinal() > worst.ordinal()) {
                worst = t;
            }
        }
        double moved = 0;
        for (SubEventType t : SubEventType.values()) {
            Double v = votes.get(t);
            if (v == null) {
                continue;
            }
            double take = CrowdRules.gathering(t) ? v : Math.min(v, folded.getOrDefault(t, 0.0));
            if (take > 0) {
                moved += take;
                if (take >= v) {
                    votes.remove(t);
                } else {
                    votes.put(t, v - take);
                }
            }
        }
        votes.merge(worst, moved, Double::sum);
    }

    private static int firstStop(List<Token> toks, int from, int to) {
        for (int i = from; i < to; i++) {
            if (CUE_STOPS.contains(toks.get(i).lower())) {
                return i;
            }
        }
        return to;
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... lists) {
        Set<String> all = new java.util.HashSet<>();
        for (Set<String> l : lists) {
            all.addAll(l);
        }
        return Set.copyOf(all);
    }

    /** Whether the sentence opens with a back reference ("They", "The group", "Some of them"). */
    private static boolean refersBack(List<Token> toks, int from, int to) {
        for (int i = from; i < Math.min(to, from + 2); i++) {
            String w = toks.get(i).lower();
            if (BACK_REFERENCE.contains(w)) {
                return true;
            }
            if (!w.equals("the")) {
                return false;
            }
        }
        return false;
    }
}
