package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.model.DocumentInfo;
import org.sitrep.model.ReportRecord;
import org.sitrep.json.SitrepJson;
import org.sitrep.model.Event;
import org.sitrep.app.Sitrep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Shows an event, a report or a document by id, with its evidence and where it comes from.")
final class ShowCommand implements Callable<Integer> {
    enum Format { text, json }

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Mixin
    DbOption dbOption;

    @Parameters(paramLabel = "ID", description = "An event (e...), report (r...) or document (d...) id.")
    String id;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
    Format format = Format.text;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        SitrepJson json = SitrepJson.standard();
        RecordText text = new RecordText(out);
        try (Sitrep store = DbOption.openExisting(main.db(dbOption.db))) {
            Optional<Event> event = store.event(id);
            if (event.isPresent()) {
                List<ReportRecord> reports = new ArrayList<>();
                event.get().reportIds().forEach(r -> store.report(r).ifPresent(reports::add));
                if (format == Format.json) {
                    out.println(json.writeEvent(event.get()));
                } else {
                    text.event(event.get(), reports);
                }
                return done(out);
            }
            Optional<ReportRecord> report = store.report(id);
            if (report.isPresent()) {
                if (format == Format.json) {
                    out.println(json.writeReport(report.get()));
                } else {
                    text.report(report.get());
                }
                return done(out);
            }
            Optional<DocumentInfo> doc = store.document(id);
            if (doc.isPresent()) {
                if (format == Format.json) {
                    out.println(json.writeDocument(doc.get()));
                } else {
                    text.document(doc.get(), store.reportsOf(id), store.syndication(id).orElse(null));
                }
                return done(out);
            }
        }
        spec.commandLine().getErr().println("sitrep: " + id + ": no event, report or document with this id");
        return Main.BAD_INPUT;
    }

    private static int done(PrintWriter out) {
        out.flush();
        return Main.OK;
    }
}
