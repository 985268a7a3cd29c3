package org.sitrep.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.model.analysis.ControlInterval;
import org.sitrep.model.analysis.EvidenceItem;
import org.sitrep.model.analysis.PlaceRef;
import org.sitrep.model.analysis.Side;
import org.sitrep.app.Sitrep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "control", mixinStandardHelpOptions = true,
        description = "Who held a place over time (held by a side, contested, unknown), one line per interval, "
                + "with the evidence and the reasons, from the stored record.")
final class ControlCommand implements Callable<Integer> {
    enum Format { table, jsonl }

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Mixin
    DbOption dbOption;

    @Parameters(index = "0", paramLabel = "PLACE", description = "A place name or gazetteer id.")
    String place;

    @Option(names = "--from", paramLabel = "DATE", description = "First day (YYYY-MM-DD).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day (YYYY-MM-DD).")
    LocalDate to;

    @Option(names = "--at", paramLabel = "DATE", description = "One day only (instead of --from and --to).")
    LocalDate at;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default) or jsonl.")
    Format format = Format.table;

    /** The wire shape of an interval (issue 11): snake_case through JsonLines. */
    record Line(PlaceRef place, String from, String to, String status, Side holder, double confidence,
                List<EvidenceItem> evidence, List<String> reasons) {
    }

    @Override
    public Integer call() {
        List<ControlInterval> intervals;
        try (Sitrep s = DbOption.openExisting(main.db(dbOption.db))) {
            intervals = s.control(place, at != null ? at : from, at != null ? at : to);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format != Format.jsonl && !intervals.isEmpty()) {
            // the name asked may be a variant spelling: say which place answers
            PlaceRef p = intervals.get(0).place();
            out.println(String.format(Locale.ROOT, "# %s (%s, %.4f, %.4f)", p.name(), p.gazetteerId(), p.lat(), p.lon()));
        }
        for (ControlInterval c : intervals) {
            if (format == Format.jsonl) {
                out.println(JsonLines.line(new Line(c.place(), c.from().toString(), c.to().toString(),
                        c.status().wireName(), c.holder(), c.confidence(), c.evidence(), c.reasons())));
            } else {
                out.println(String.format(Locale.ROOT, "%s..%s  %-9s  %-24s  %.2f  %d evidence  %s", c.from(), c.to(),
                        c.status().wireName(), c.holder() == null ? "-" : c.holder().name(), c.confidence(),
                        c.evidence().size(), c.reasons().isEmpty() ? "" : c.reasons().get(0)));
            }
        }
        out.flush();
        return Main.OK;
    }
}
