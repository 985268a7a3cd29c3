package org.sitrep.cli;

import java.util.concurrent.Callable;
import org.sitrep.app.ReprocessSummary;
import org.sitrep.app.Sitrep;
import org.sitrep.engine.Engine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "reprocess", mixinStandardHelpOptions = true,
        description = {"Runs this sitrep's engine again over every stored document (from the bytes the store kept; "
                + "for a store from sitrep 0.1, from the file at the stored path when it is unchanged) and rebuilds "
                + "the store, one transaction per document. Events that come out the same keep their ids.",
                "The previous store is kept as FILE.before-reprocess."})
final class ReprocessCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Mixin
    DbOption dbOption;

    @Mixin
    SourceOptions sources;

    @Override
    public Integer call() {
        ReprocessSummary s;
        try (Ingestion shown = new Ingestion(spec.commandLine().getErr(), System.console() != null)) {
            s = Sitrep.reprocess(main.db(dbOption.db), Engine.standard(), sources.assessor(),
                    shown);
        }
        spec.commandLine().getOut().println(s.line());
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
