package org.sitrep.cli;

import java.util.concurrent.Callable;
import org.sitrep.link.assess.EventAssessor;
import org.sitrep.app.Sitrep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "regrade", mixinStandardHelpOptions = true,
        description = "Grades every stored event again (e.g. with new source reliabilities), without re-ingesting.")
final class RegradeCommand implements Callable<Integer> {
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
        EventAssessor assessor = sources.assessor();
        int n;
        try (Sitrep sitrep = Sitrep.openExisting(main.db(dbOption.db))) {
            n = sitrep.regrade(assessor);
        }
        spec.commandLine().getOut().println(n + " events graded");
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
