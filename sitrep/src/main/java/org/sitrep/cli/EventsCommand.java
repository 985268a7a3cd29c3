package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.sitrep.model.Query;
import org.sitrep.app.Export;
import org.sitrep.app.ExportFormat;
import org.sitrep.app.Sitrep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "events", mixinStandardHelpOptions = true, description = "Lists stored events, filtered.")
final class EventsCommand implements Callable<Integer> {
    enum Format { table, jsonl }

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Mixin
    DbOption dbOption;

    @Mixin
    FilterOptions filters;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default) or jsonl.")
    Format format = Format.table;

    @Option(names = "--wide", description = "Show every table cell whole (long actor lists are cut otherwise).")
    boolean wide;

    @Override
    public Integer call() throws IOException {
        Query q = filters.query(spec.commandLine());
        PrintWriter out = spec.commandLine().getOut();
        try (Sitrep sitrep = DbOption.openExisting(main.db(dbOption.db))) {
            if (format == Format.jsonl) {
                sitrep.export(new Export(Export.What.events, ExportFormat.JSONL, q, null), out);
            } else {
                EventTable.print(sitrep.events(q), out, wide);
            }
        }
        out.flush();
        return Main.OK;
    }
}
