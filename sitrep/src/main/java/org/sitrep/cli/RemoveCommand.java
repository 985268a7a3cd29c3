package org.sitrep.cli;

import java.util.concurrent.Callable;
import org.sitrep.app.RemoveSummary;
import org.sitrep.app.Sitrep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "remove", mixinStandardHelpOptions = true,
        description = "Removes a wrongly ingested document: its reports go, the events it supported are recomputed "
                + "from their remaining reports, and events left with no report go; all in one transaction.")
final class RemoveCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Mixin
    DbOption dbOption;

    @Mixin
    SourceOptions sources;

    @Parameters(index = "0", paramLabel = "DOCUMENT_ID", description = "The id of the document to remove.")
    String documentId;

    @Override
    public Integer call() {
        RemoveSummary done;
        try (Sitrep sitrep = DbOption.openExisting(main.db(dbOption.db))) {
            done = sitrep.remove(documentId, sources.grading());
        }
        spec.commandLine().getOut().println(done.line());
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
