package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.app.IngestSummary;
import org.sitrep.app.Sitrep;
import org.sitrep.app.Export;
import org.sitrep.app.ExportFormat;
import org.sitrep.app.Grading;
import org.sitrep.model.Query;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Ingests the example articles into a fresh demo store, prints the events and writes every "
                + "export format into the output folder.")
final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--examples", paramLabel = "DIR",
            description = "Articles to ingest (default: the examples folder of the sitrep checkout).")
    Path examples;

    @Option(names = "--db", paramLabel = "FILE",
            description = "Store to fill (default: OUT/demo.db, recreated on every run).")
    Path db;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: ./out).")
    Path out = Path.of("out");

    /** The launcher passes the checkout folder, so the demo finds its examples from any working directory. */
    static Path defaultExamples() {
        String home = System.getProperty("sitrep.home");
        return home == null ? Path.of("examples") : Path.of(home, "examples");
    }

    @Override
    public Integer call() throws IOException {
        Path articles = examples != null ? examples : defaultExamples();
        if (!Files.isDirectory(articles)) {
            throw new BadInputException(articles + ": no such folder (pass --examples DIR)");
        }
        Files.createDirectories(out);
        Path store = db;
        if (store == null) {
            // the default demo store belongs to the demo: start afresh so it shows what this build extracts
            store = out.resolve("demo.db");
            for (String suffix : List.of("", "-wal", "-shm")) {
                Files.deleteIfExists(Path.of(store + suffix));
            }
        }
        PrintWriter o = spec.commandLine().getOut();
        IngestSummary summary;
        try (Sitrep sitrep = Sitrep.open(store);
             Ingestion shown = new Ingestion(spec.commandLine().getErr(), System.console() != null)) {
            summary = sitrep.ingest(List.of(articles), Grading.standard(), shown);
            o.println(summary.line());
            o.println();
            EventTable.print(sitrep.events(Query.all()), o);
            o.println();
            List<Export> jobs = List.of(
                    new Export(Export.What.events, ExportFormat.JSONL, Query.all(), out.resolve("events.jsonl")),
                    new Export(Export.What.reports, ExportFormat.JSONL, Query.all(),
                            out.resolve("reports.jsonl")),
                    new Export(Export.What.events, ExportFormat.ACLED_CSV, Query.all(),
                            out.resolve("events.csv")),
                    new Export(Export.What.events, ExportFormat.GEOJSON, Query.all(),
                            out.resolve("events.geojson")));
            for (Export job : jobs) {
                Output.toFile(job.out(), w -> sitrep.export(job, w, note -> spec.commandLine().getErr().println("sitrep: " + note)));
            }
            o.println("store:   " + store);
            for (Export job : jobs) {
                o.println("written: " + job.out());
            }
        }
        o.flush();
        return summary.skipped() > 0 ? Main.BAD_INPUT : Main.OK;
    }
}
