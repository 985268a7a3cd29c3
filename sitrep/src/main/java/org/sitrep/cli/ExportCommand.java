package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitrep.app.Export;
import org.sitrep.app.ExportFormat;
import org.sitrep.app.Sitrep;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes stored reports or events as JSON Lines, ACLED-style CSV or GeoJSON, or the whole store as "
                + "Parquet tables.")
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Mixin
    DbOption dbOption;

    @Mixin
    FilterOptions filters;

    @Option(names = "--what", paramLabel = "WHAT", description = "reports or events (default: events).")
    Export.What what = Export.What.events;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "jsonl, acled-csv (events), geojson (events) or parquet (a folder of documents, reports and "
                    + "events tables; needs --out DIR).")
    ExportFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of stdout.")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (format == ExportFormat.PARQUET) {
            return tables();
        }
        Export job;
        try {
            job = new Export(what, format, filters.query(spec.commandLine()), out);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        try (Sitrep sitrep = DbOption.openExisting(main.db(dbOption.db))) {
            PrintWriter err = spec.commandLine().getErr();
            if (job.out() == null) {
                Output.toStdout(spec.commandLine().getOut(), w -> sitrep.export(job, w, n -> err.println("sitrep: " + n)));
            } else {
                int[] n = new int[1];
                Output.toFile(job.out(), w -> n[0] = sitrep.export(job, w, note -> err.println("sitrep: " + note)));
                err.println("sitrep: wrote " + n[0] + " " + what + " to " + job.out());
            }
        }
        return Main.OK;
    }

    /** Parquet: the whole store as three tables in a new folder. */
    private int tables() throws IOException {
        if (out == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format parquet writes a folder of "
                    + "tables (documents/, reports/, events/): give --out DIR");
        }
        if (!filters.query(spec.commandLine()).equals(org.sitrep.model.Query.all())) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format parquet writes the whole store; "
                    + "filter the tables where you read them (Spark, DuckDB, pandas)");
        }
        try (Sitrep sitrep = DbOption.openExisting(main.db(dbOption.db))) {
            spec.commandLine().getErr().println("sitrep: wrote " + sitrep.exportTables(out).line() + " to " + out);
        }
        return Main.OK;
    }

    static final class FormatConverter implements CommandLine.ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            return ExportFormat.parse(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                    "unknown format '" + value + "' (jsonl, acled-csv, geojson, parquet)"));
        }
    }
}
