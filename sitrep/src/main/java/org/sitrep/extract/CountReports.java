package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Attribution;
import org.sitrep.model.Document;
import org.sitrep.model.Evidence;
import org.sitrep.model.Location;
import org.sitrep.model.Mention;
import org.sitrep.model.Modality;
import org.sitrep.model.Quantity;
import org.sitrep.model.Report;
import org.sitrep.model.ReportKind;
import org.sitrep.model.Section;
import org.sitrep.model.SubEventType;

/**
 * The count observations that are read from a line's layout rather than from a clause: a row of a count table
 * ("Airstrikes - 12"), a per-location line of a strike summary, a rate or average ("an average of 6.8 per day").
 * Such a line often names no type or actor of its own, so each borrows them from the context the stage keeps
 * ({@link ExtractContext}), and says so in a flag. Stateless and thread-safe; the context is the caller's.
 */
final class CountReports {
    private final TriggerLexicon triggerLex;

    CountReports(TriggerLexicon triggerLex) {
        this.triggerLex = triggerLex;
    }

    /** A row of a count table; its type is the row's event noun, else the last type told. */
    Report row(Document doc, Section section, Evidence ev, List<Token> toks, CountRowReader.Row row,
               ExtractContext ctx, List<Attribution> carried) {
        String text = doc.text();
        // the row's text up to and including its number
        Quantity count = new Quantity(row.value(), Token.mention(text, toks, 0, row.start() + 1));
        SubEventType type = ctx.lastType;
        Mention trigger = null;
        List<String> flags = new ArrayList<>();
        flags.add("table_row");
        if (row.noun() >= 0) {
            PhraseSet.Match<Trigger> m = triggerLex.triggers().at(toks, row.noun());
            trigger = Token.mention(text, toks, m.start(), m.end());
            if (m.value().type() != null) {
                type = m.value().type();
            }
        } else {
            flags.add("type_from_context");
        }
        if (row.approximate()) {
            flags.add("approximate");
        }
        if (row.perDay()) {
            flags.add("per_day");
        }
        return lineCount(doc, section, ev, trigger, type, ctx.lastActors, null, count, carried, flags);
    }

    /** A rate or average ("an average of 6.8 per day") as a count observation; the rate as written is a flag. */
    Report rate(Document doc, Section section, Evidence ev, int ordinal, List<Token> toks, NameSpotter.Names names,
                AverageReader.Rate r, List<ClauseFacts> facts, ExtractContext ctx, List<Attribution> chain) {
        String text = doc.text();
        List<String> flags = new ArrayList<>();
        flags.add(r.average() ? "average" : "rate");
        flags.add("per_" + r.unit());
        flags.add("average_value=" + r.valueText());
        if (r.approximate()) {
            flags.add("approximate");
        }
        if (r.value() != r.floor()) {
            flags.add("count_rounded_down");
        }
        Mention trigger = null;
        SubEventType type = null;
        if (r.noun() >= 0) {
            PhraseSet.Match<Trigger> m = triggerLex.triggers().at(toks, r.noun());
            trigger = Token.mention(text, toks, m.start(), m.end());
            type = m.value().type();
        }
        if (type == null) {
            for (ClauseFacts f : facts) {
                if (f.type() != null) {
                    type = f.type();
                    break;
                }
            }
        }
        if (type == null && ctx.lastType != null) {
            type = ctx.lastType;
            flags.add("type_from_context");
        }
        // the actor: the nearest named actor before the rate in this sentence, else the one the text is about
        List<ActorRef> a1 = List.of();
        for (NameSpan a : names.actors()) {
            if (a.end() <= r.start() && !a.civilian()) {
                a1 = NameSpan.refs(text, toks, List.of(a));
            }
        }
        if (a1.isEmpty() && !ctx.lastActors.isEmpty()) {
            a1 = ctx.lastActors;
            flags.add("actor1_from_context");
        }
        if (type != null) {
            ctx.lastType = type;
        }
        Quantity count = new Quantity(r.floor(), Token.mention(text, toks, r.start(), r.end()));
        TriggerLexicon.TypeInfo info = type == null ? null : triggerLex.types().get(type);
        Modality modality = chain.isEmpty() ? Modality.ASSERTED : Modality.REPORTED;
        return new Report(Report.idFor(doc.id(), ev.span(), ordinal), ReportKind.COUNT, null, doc.id(),
                section.kind(), ev, trigger, type, info == null ? null : info.ploverEvent(),
                info == null ? null : info.ploverMode(), info == null ? null : info.cameoRoot(), a1, List.of(),
                List.of(), List.of(), null, null, null, null, count, modality, chain, flags);
    }

    /** A per-location line of a strike summary as a count observation with its place. */
    Report locationLine(Document doc, Section section, Evidence ev, List<Token> toks, LocationCountReader.Line line,
                        ExtractContext ctx, List<Attribution> carried) {
        String text = doc.text();
        List<String> flags = new ArrayList<>();
        flags.add(line.table() ? "table_row" : "location_row");
        Mention trigger = null;
        SubEventType type = null;
        if (line.noun() >= 0) {
            PhraseSet.Match<Trigger> m = triggerLex.triggers().at(toks, line.noun());
            trigger = Token.mention(text, toks, m.start(), m.end());
            type = m.value().type();
        } else if (ctx.tableHeader != null && ctx.tableHeader.trigger().type() != null) {
            type = ctx.tableHeader.trigger().type();
            flags.add("type_from_table_header");
        }
        if (type == null && ctx.lastType != null) {
            type = ctx.lastType;
            flags.add("type_from_context");
        }
        if (line.vicinity()) {
            flags.add("location_vicinity");
        }
        for (int i = line.numEnd(); i < toks.size(); i++) {
            PhraseSet.Match<Trigger> m = triggerLex.triggers().at(toks, i);
            if (m != null && m.value().has("destroy")) {
                flags.add("destroyed_equipment");
                break;
            }
        }
        List<ActorRef> a1 = ctx.lastActors;
        if (!a1.isEmpty()) {
            flags.add("actor1_from_context");
        }
        Location loc = Location.unresolved(Token.mention(text, toks, line.placeStart(), line.placeEnd()));
        Quantity count = new Quantity(line.value(), Token.mention(text, toks, line.numStart(), line.numEnd()));
        return lineCount(doc, section, ev, trigger, type, a1, loc, count, carried, flags);
    }

    /**
     * The count observation of a table row or location line: the sources carried to it, less the document's own
     * outlet (the document speaking attributes nothing), make it reported; none, asserted.
     */
    private Report lineCount(Document doc, Section section, Evidence ev, Mention trigger, SubEventType type,
                             List<ActorRef> a1, Location loc, Quantity count, List<Attribution> carried,
                             List<String> flags) {
        TriggerLexicon.TypeInfo info = type == null ? null : triggerLex.types().get(type);
        List<Attribution> chain = new ArrayList<>(carried);
        chain.removeIf(a -> AttributionReader.isDocumentOutlet(doc, a));
        Modality modality = chain.isEmpty() ? Modality.ASSERTED : Modality.REPORTED;
        return new Report(Report.idFor(doc.id(), ev.span(), 0), ReportKind.COUNT, null, doc.id(), section.kind(), ev,
                trigger, type, info == null ? null : info.ploverEvent(), info == null ? null : info.ploverMode(),
                info == null ? null : info.cameoRoot(), a1, List.of(), List.of(), List.of(), loc, null, null, null,
                count, modality, chain, flags);
    }
}
