package org.sitrep.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.model.analysis.CutPoint;
import org.sitrep.model.analysis.EvidenceItem;
import org.sitrep.model.analysis.RouteDay;
import org.sitrep.model.analysis.Segment;
import org.sitrep.app.Sitrep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "route", mixinStandardHelpOptions = true,
        description = "Each day's status of a route (open, contested, cut, unknown) with where it is cut, the "
                + "evidence and the reasons, from the stored record.")
final class RouteCommand implements Callable<Integer> {
    enum Format { table, jsonl }

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Mixin
    DbOption dbOption;

    @Parameters(index = "0", paramLabel = "ROUTE", description = "Route id or any name of it (see `sitrep routes`).")
    String route;

    @Option(names = "--from", paramLabel = "DATE", description = "First day (YYYY-MM-DD).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day (YYYY-MM-DD).")
    LocalDate to;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default) or jsonl (one line a day).")
    Format format = Format.table;

    /** The wire shape of a day (issue 11): snake_case through JsonLines. */
    record Line(Ref route, String date, String status, List<SegmentLine> segments, double confidence,
                List<EvidenceItem> evidence, int evidenceUnlisted, List<String> reasons) {
    }

    record Ref(String id, String name) {
    }

    record SegmentLine(String from, String to, String status, CutPoint cutAt) {
    }

    @Override
    public Integer call() {
        List<RouteDay> days;
        try (Sitrep s = DbOption.openExisting(main.db(dbOption.db))) {
            days = s.routeDays(route, from, to);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        for (RouteDay d : days) {
            if (format == Format.jsonl) {
                out.println(JsonLines.line(line(d)));
            } else {
                out.println(row(d));
            }
        }
        out.flush();
        return Main.OK;
    }

    static Line line(RouteDay d) {
        return new Line(new Ref(d.route().id(), d.route().name()), d.date().toString(), d.status().wireName(),
                d.segments().stream().map(s -> new SegmentLine(s.from().name(), s.to().name(),
                        s.status().wireName(), s.cutAt())).toList(), d.confidence(), d.evidence(), d.unlistedEvidence(),
                d.reasons());
    }

    private static String row(RouteDay d) {
        String where = d.segments().stream().filter(s -> s.cutAt() != null).map(Segment::cutAt).findFirst()
                .map(CutPoint::name).orElse("-");
        String reason = d.reasons().isEmpty() ? "" : d.reasons().get(0);
        String evidence = d.evidence().size() + (d.unlistedEvidence() == 0 ? "" : "+" + d.unlistedEvidence());
        return String.format(Locale.ROOT, "%s  %-9s  %.2f  %-14s  %s evidence  %s", d.date(), d.status().wireName(),
                d.confidence(), where, evidence, reason);
    }
}
