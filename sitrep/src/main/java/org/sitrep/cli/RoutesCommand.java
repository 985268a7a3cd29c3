package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.sitrep.model.analysis.Dependence;
import org.sitrep.model.analysis.Route;
import org.sitrep.model.analysis.Town;
import org.sitrep.app.Sitrep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "routes", mixinStandardHelpOptions = true,
        description = "Lists the routes the analysis knows: id, name, the towns along it and who depends on it.")
final class RoutesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (Route r : Sitrep.routes()) {
            String towns = r.towns().stream().map(Town::name).collect(Collectors.joining(" - "));
            String deps = r.dependents().stream().map(RoutesCommand::dependence).collect(Collectors.joining("; "));
            out.println(r.id() + "\t" + r.name() + "\t" + towns + "\t" + (deps.isEmpty() ? "-" : deps));
        }
        out.flush();
        return Main.OK;
    }

    private static String dependence(Dependence d) {
        return d.actorId() + " " + (d.from() == null ? "" : d.from()) + ".." + (d.until() == null ? "" : d.until());
    }
}
