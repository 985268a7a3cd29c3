package org.sitrep.link.assess;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.ActorRef;
import org.sitrep.model.AirwarsGrade;
import org.sitrep.model.Contradiction;
import org.sitrep.model.Event;
import org.sitrep.model.Report;
import org.sitrep.model.SubEventType;

/**
 * Airwars grades for civilian-harm events (violence against civilians, or civilians among the victims), tried
 * in this order:
 * <ol>
 * <li>Confirmed: a belligerent accepted it: a report whose origin is a perpetrator it names, or a government
 * body or armed group's outlet of the registry aligned with that perpetrator's party, states the civilian harm.</li>
 * <li>Discounted: a report from outside the perpetrators' side says those killed were combatants.</li>
 * <li>Contested: the reports blame competing perpetrators.</li>
 * <li>Fair: two or more independent origins state it firmly.</li>
 * <li>Weak: a single origin.</li>
 * </ol>
 * A belligerent calling its targets combatants does not discount a claim by itself; that is noted instead.
 */
final class AirwarsRules {
    private final SourceRegistry registry;
    private final Belligerents belligerents;
    private final CueLexicon cues;

    record Result(AirwarsGrade grade, String reason) {
    }

    AirwarsRules(SourceRegistry registry, Belligerents belligerents, CueLexicon cues) {
        this.registry = registry;
        this.belligerents = belligerents;
        this.cues = cues;
    }

    /** True for events the Airwars grades apply to. */
    boolean civilianHarm(Event merged, List<Report> reports) {
        if (merged.subEventType() != null
                && merged.subEventType().eventType() == SubEventType.EventType.VIOLENCE_AGAINST_CIVILIANS) {
            return true;
        }
        return merged.actor2().stream().anyMatch(belligerents::civilian)
                || reports.stream().anyMatch(r -> harmsCivilians(r));
    }

    private boolean harmsCivilians(Report r) {
        return r.actor2().stream().anyMatch(belligerents::civilian);
    }

    Optional<Result> grade(Event merged, List<AssessedReport> reports, List<Contradiction> contradictions) {
        List<Report> plain = reports.stream().map(AssessedReport::report).toList();
        if (!civilianHarm(merged, plain)) {
            return Optional.empty();
        }
        Set<String> perpetratorParties = new LinkedHashSet<>();
        for (AssessedReport r : reports) {
            if (r.report().modality().assertsOccurrence()) {
                for (ActorRef a : r.report().actor1()) {
                    perpetratorParties.add(partyOf(a.name()));
                }
            }
        }
        for (AssessedReport r : reports) {
            Report rep = r.report();
            if (!rep.modality().assertsOccurrence() || !harmsCivilians(rep)) {
                continue;
            }
            for (ActorRef a : rep.actor1()) {
                if (speaksFor(r.source(), a)) {
                    return Optional.of(new Result(AirwarsGrade.CONFIRMED, "Airwars Confirmed: " + r.source()
                            + " speaks for " + a.name() + ", which it names as responsible for civilian harm (report "
                            + r.id() + ")"));
                }
            }
        }
        String belligerentCombatantNote = null;
        for (AssessedReport r : reports) {
            String cue = cues.combatantCue(r.report().evidence().text());
            if (cue == null) {
                continue;
            }
            if (perpetratorParties.contains(partyOf(r.source()))) {
                belligerentCombatantNote = r.source() + ", a party to the strike, says those hit were combatants ("
                        + cue + "); not counted against the claim";
                continue;
            }
            return Optional.of(new Result(AirwarsGrade.DISCOUNTED, "Airwars Discounted: " + r.source()
                    + " says those killed were combatants (\"" + cue + "\", report " + r.id() + ")"));
        }
        String note = belligerentCombatantNote == null ? "" : "; " + belligerentCombatantNote;
        for (Contradiction c : contradictions) {
            if (c.kind() == Contradiction.Kind.RESPONSIBILITY) {
                return Optional.of(new Result(AirwarsGrade.CONTESTED, "Airwars Contested: " + c.summary() + note));
            }
        }
        Set<String> firm = new LinkedHashSet<>();
        for (AssessedReport r : reports) {
            if (CredibilityRules.FIRM.contains(r.report().modality())) {
                firm.add(r.source());
            }
        }
        if (firm.size() >= 2) {
            return Optional.of(new Result(AirwarsGrade.FAIR, "Airwars Fair: " + firm.size()
                    + " independent sources (" + String.join(", ", firm) + ")" + note));
        }
        return Optional.of(new Result(AirwarsGrade.WEAK, "Airwars Weak: a single source"
                + (firm.isEmpty() ? "" : " (" + String.join(", ", firm) + ")") + note));
    }

    /** The belligerent party of an actor or source name: the party table, else the registry's alignment. */
    private String partyOf(String name) {
        Optional<Belligerents.Party> p = belligerents.party(new ActorRef(name, null, null,
                org.sitrep.model.Mention.of(name, 0, name.length())));
        if (p.isPresent()) {
            return p.get().name();
        }
        return registry.lookup(name).map(SourceEntry::alignedWith).filter(s -> !s.isEmpty()).orElse("source:" + name);
    }

    /** True when the source is the actor itself, or a government body or armed group's outlet of its party. */
    private boolean speaksFor(String source, ActorRef actor) {
        String party = belligerents.party(actor).map(Belligerents.Party::name).orElse(null);
        if (party == null) {
            return false;
        }
        Optional<Belligerents.Party> sourceParty = belligerents.party(new ActorRef(source, null, null,
                org.sitrep.model.Mention.of(source, 0, source.length())));
        if (sourceParty.isPresent()) {
            return sourceParty.get().name().equals(party);
        }
        return registry.lookup(source)
                .filter(e -> e.governmentBody() || e.affiliation() == Affiliation.ARMED_GROUP_MEDIA)
                .map(e -> e.alignedWith().equals(party)).orElse(false);
    }
}
