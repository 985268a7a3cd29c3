package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.export.JsonlWriter;
import org.sitrep.model.Event;
import org.sitrep.store.Query;
import org.sitrep.store.Store;
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

    @Override
    public Integer call() throws IOException {
        Query q = filters.query(spec.commandLine());
        List<Event> events;
        try (Store store = DbOption.openExisting(main.db(dbOption.db))) {
            events = store.events(q);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.jsonl) {
            new JsonlWriter().writeEvents(events, out);
        } else {
            EventTable.print(events, out);
        }
        return Main.OK;
    }
}
