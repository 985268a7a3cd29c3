package org.sitrep.extract;

import org.sitrep.model.ScoredType;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.SubEventType;

/**
 * The forced type choice from two readings of one text: the trigger rules' vote shares and the
 * {@link LearnedTypeModel}'s probabilities. The rules keep the decision where they are sure (their best type holds at
 * least {@code rulesSure} of the votes), and also where the model reads the text as comment rather than an event
 * report (its NONE probability is at least {@code commentaryNone}) and the rules voted: the model learnt its types
 * from event reports, so on comment that only mentions an act ("the failure to strike", "bombarding Aleppo") its type
 * reading follows the topic, while the trigger names the act the comment refers to. Otherwise each type scores
 * {@code ruleWeight} x its vote share + the model's probability, and the best score wins. The settings are chosen by
 * the training run on its held-out split of our own sentences and our own comment sentences (the same function is
 * called there), and written into the weights file.
 */
public record TypeDecision(double rulesSure, double ruleWeight, double commentaryNone) {
    /** Setting names in the weights file. */
    public static final String RULES_SURE = "rules_sure";
    public static final String RULE_WEIGHT = "rule_weight";
    public static final String COMMENTARY_NONE = "commentary_none";

    public TypeDecision {
        if (!(rulesSure >= 0) || !(ruleWeight >= 0) || !(commentaryNone >= 0)) {
            throw new IllegalArgumentException("settings must be non-negative: " + rulesSure + ", " + ruleWeight
                    + ", " + commentaryNone);
        }
    }

    /** Without the comment reading (a NONE probability never reaches 1.01). */
    public TypeDecision(double rulesSure, double ruleWeight) {
        this(rulesSure, ruleWeight, 1.01);
    }

    /** The settings the model's training run chose (weights files older than the comment reading lack it). */
    static TypeDecision of(LearnedTypeModel m) {
        return new TypeDecision(m.setting(RULES_SURE).orElse(1.01), m.setting(RULE_WEIGHT).orElse(0.0),
                m.setting(COMMENTARY_NONE).orElse(1.01));
    }

    /**
     * The chosen type, scored by the rules' share when they were sure, else by half the rules' share (comment) or half
     * the combined score (so that such a choice never looks as sure as a unanimous rule vote).
     *
     * @param rules the rules' ranking, best first, scores are vote shares (may be empty)
     */
    public ScoredType decide(List<ScoredType> rules, LearnedTypeModel.Prediction model) {
        return decide(rules, model, Signs.NONE);
    }

    /**
     * What the text says outright that the type choice heeds: that no fight took place ("no clashes were reported",
     * "peacefully": no_fighting.txt), that people were killed or harmed (harm_words.txt), and that ground was taken
     * only as an aim ("the battle to seize Mosul began").
     */
    public record Signs(boolean noFight, boolean harm, boolean takingOnlyAimed) {
        public static final Signs NONE = new Signs(false, false, false);

        public Signs(boolean noFight, boolean harm) {
            this(noFight, harm, false);
        }
    }

    /** As {@link #decide(List, LearnedTypeModel.Prediction)}, with what the text says outright ({@link Signs}). */
    public ScoredType decide(List<ScoredType> rules, LearnedTypeModel.Prediction model, Signs signs) {
        if (!rules.isEmpty() && rules.get(0).score() >= rulesSure) {
            return rules.get(0);
        }
        if (!rules.isEmpty() && model.none() >= commentaryNone) {
            // comment around an act: the trigger's type, scored like a model-made choice (at most half)
            return new ScoredType(rules.get(0).type(), rules.get(0).score() / 2);
        }
        Map<SubEventType, Double> score = new EnumMap<>(model.types());
        for (ScoredType r : rules) {
            score.merge(r.type(), ruleWeight * r.score(), Double::sum);
        }
        SubEventType best = takenThenHarmed(withoutFight(forceNamed(sameActBySide(highest(score, null), rules), rules,
                score), signs.noFight()), signs.harm());
        if (taking(best) && (signs.takingOnlyAimed() || !rules.isEmpty() && rules.stream()
                .noneMatch(r -> taking(r.type()) || r.type() == SubEventType.NON_VIOLENT_TRANSFER))) {
            // "Army units targeted positions of Jabhat al-Nusra in Kafr Zita": the rules read an act and no ground
            // changing hands, so the sentence vector's take-over (soldiers and a village) is no reading of the words
            best = notTaking(score, best);
        }
        return new ScoredType(best, Math.min(1, score.getOrDefault(best, 0.0) / (1 + ruleWeight) / 2));
    }

    /**
     * Excessive force against protesters is, in ACLED's definition, force that kills or seriously injures peaceful
     * protesters. The sentence vector reads it into protests whose text names no such force (a protest about a
     * killing, a march with heavy policing), so the model's choice of it stands only when the rules read such force
     * in the text: at a protest (killed, shot, live fire: protest_escalation.tsv) or against people (an attack, as
     * "fired on mourners at a funeral, killing several" reads without a protest word); otherwise the next best type.
     */
    private static SubEventType forceNamed(SubEventType best, List<ScoredType> rules,
                                           Map<SubEventType, Double> score) {
        if (best != SubEventType.EXCESSIVE_FORCE || rules.stream().anyMatch(
                r -> r.type() == SubEventType.EXCESSIVE_FORCE || r.type() == SubEventType.ATTACK)) {
            return best;
        }
        SubEventType next = highest(score, SubEventType.EXCESSIVE_FORCE);
        return next == null ? best : next;
    }

    /**
     * ACLED codes ground taken as a Battle (Government regains territory, Non-state actor overtakes territory) only
     * when there was fighting for it; ground taken with no clash, after the other side left, is a Non-violent transfer
     * of territory. The sentence vector reads "took control of" alike in both, and a negated clash word still votes
     * for a clash, so a territory choice becomes the transfer when the text says no fight took place. (Reading every
     * taking without a violent act as a transfer was tried and left out: "captured two hamlets" is a battle.)
     */
    private static SubEventType withoutFight(SubEventType best, boolean saysNoFight) {
        boolean taken = best == SubEventType.GOVERNMENT_REGAINS_TERRITORY
                || best == SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY;
        return taken && saysNoFight ? SubEventType.NON_VIOLENT_TRANSFER : best;
    }

    /**
     * Ground a text tells only as an aim was not taken: the sentence vector reads "the battle to seize Mosul" like a
     * take-over, while the rules read the verb as what forces set out to do. The best type that takes no ground is
     * chosen instead (the fighting, the strikes of the offensive), or the taking itself when the model has no other.
     */
    private static SubEventType notTaking(Map<SubEventType, Double> score, SubEventType best) {
        SubEventType next = null;
        for (var e : score.entrySet()) {
            if (!taking(e.getKey()) && (next == null || e.getValue() > score.get(next))) {
                next = e.getKey();
            }
        }
        return next == null ? best : next;
    }

    private static boolean taking(SubEventType t) {
        return t == SubEventType.GOVERNMENT_REGAINS_TERRITORY || t == SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY;
    }

    /**
     * ACLED codes people abducted and then killed, wounded, beaten or tortured as an Attack: the harm is the event,
     * the abduction its prelude. The sentence vector reads the taking ("abducted", "kidnapped") and the rules' abduction
     * vote, so the model's Abduction/forced disappearance becomes an Attack when the text names such harm.
     */
    private static SubEventType takenThenHarmed(SubEventType best, boolean harm) {
        return best == SubEventType.ABDUCTION && harm ? SubEventType.ATTACK : best;
    }

    /** The type with the highest score, the first in the map's order on a tie, leaving out {@code except}. */
    private static SubEventType highest(Map<SubEventType, Double> score, SubEventType except) {
        SubEventType best = null;
        for (var e : score.entrySet()) {
            if (e.getKey() != except && (best == null || e.getValue() > score.get(best))) {
                best = e.getKey();
            }
        }
        return best;
    }

    /**
     * Government regains territory and Non-state actor overtakes territory name the same act and differ only in
     * who took the ground, which the rules read from the actors and the sentence vector does not: when the model
     * picks one and the rules voted more for the other, the rules' side wins.
     */
    private static SubEventType sameActBySide(SubEventType best, List<ScoredType> rules) {
        SubEventType other = best == SubEventType.GOVERNMENT_REGAINS_TERRITORY
                ? SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY
                : best == SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY ? SubEventType.GOVERNMENT_REGAINS_TERRITORY
                : null;
        if (other == null) {
            return best;
        }
        double mine = 0;
        double theirs = 0;
        for (ScoredType r : rules) {
            mine += r.type() == best ? r.score() : 0;
            theirs += r.type() == other ? r.score() : 0;
        }
        return theirs > mine ? other : best;
    }
}
