package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.app.SeriesChart;
import org.sitrep.app.Sitrep;
import org.sitrep.json.AnalysisJson;
import org.sitrep.json.SitrepJson;
import org.sitrep.model.analysis.ChangePoint;
import org.sitrep.model.analysis.Series;
import org.sitrep.model.analysis.SeriesPoint;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "series", mixinStandardHelpOptions = true,
        description = "A series of stored events (with --counts, count observations too) per day, week or month: "
                + "every bucket appears, zeros included; as a table, CSV, JSON Lines or a chart (SVG, PNG) with "
                + "its change points marked.")
final class SeriesCommand implements Callable<Integer> {
    enum Format { table, csv, jsonl, png, svg }

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Mixin
    DbOption dbOption;

    @Mixin
    SeriesOptions options;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), csv, jsonl, png or svg.")
    Format format = Format.table;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of stdout (needed for png).")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (format == Format.png && out == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "a PNG chart needs --out FILE");
        }
        Series series;
        List<ChangePoint> changes;
        try (Sitrep s = DbOption.openExisting(main.db(dbOption.db))) {
            series = s.series(options.filter(spec.commandLine()));
            changes = format == Format.png || format == Format.svg ? s.changes(series) : List.of();
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        series.notes().forEach(n -> err.println("sitrep: note: " + n));
        err.flush();
        if (format == Format.png) {
            Files.write(out, SeriesChart.png(series, changes));
            return Main.OK;
        }
        Output.Body body = w -> {
            switch (format) {
                case svg -> w.write(SeriesChart.svg(series, changes));
                case jsonl -> {
                    for (SeriesPoint p : series.points()) {
                        w.write(SitrepJson.standard().write(AnalysisJson.point(p)) + "\n");
                    }
                }
                case csv -> w.write(AnalysisJson.csv(series.points()));
                default -> table(w, series);
            }
        };
        if (out != null) {
            Output.toFile(out, body);
        } else {
            Output.toStdout(spec.commandLine().getOut(), body);
        }
        return Main.OK;
    }

    private static void table(java.io.Writer w, Series series) throws IOException {
        w.write(String.format(Locale.ROOT, "%-10s  %-10s  %6s  %7s  %6s  %s%n", "date", "end", "events", "counted",
                "value", "rate/day"));
        for (SeriesPoint p : series.points()) {
            w.write(String.format(Locale.ROOT, "%-10s  %-10s  %6d  %7s  %6s  %s%n", p.from(), p.to(), p.events(),
                    p.counted() == null ? "-" : p.counted().toString(), p.value() == null ? "-" : p.value().toString(),
                    p.rate() == null ? "gap" : String.format(Locale.ROOT, "%.2f", p.rate())));
        }
    }
}
