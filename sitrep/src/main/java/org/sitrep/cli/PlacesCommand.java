package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.model.Candidate;
import org.sitrep.model.ToponymResult;
import org.sitrep.app.TextTools;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "places", mixinStandardHelpOptions = true,
        description = {"Lists the place names of a text as JSON lines: the words, their offsets (UTF-16 code "
                + "units, end exclusive), the place each resolves to (name, lat/lon, gazetteer id, admin-1, "
                + "country) and the candidates considered.",
                "A name that cannot be resolved with confidence keeps null coordinates and lists its candidates."},
        footer = {"", "Exit codes: 0 ok, 1 bad input (the file is named), 2 usage error."})
final class PlacesCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Text file, or - for standard input.")
    String file;

    /** One mention; the resolved fields are null when the mention is unresolved. */
    record Line(String text, int start, int end, boolean resolved, String name, Double lat, Double lon,
                Integer geoPrecision, String gazetteerId, String admin1, String country, List<Candidate> candidates) {
        static Line of(ToponymResult r) {
            return new Line(r.text(), r.span().start(), r.span().end(), r.resolved(), r.name(), r.lat(), r.lon(),
                    r.geoPrecision(), r.gazetteerId(), r.admin1(), r.country(), r.candidates());
        }
    }

    @Override
    public Integer call() {
        InputText input = InputText.read(file, main.stdin);
        PrintWriter out = spec.commandLine().getOut();
        for (ToponymResult r : new TextTools().places(input.text())) {
            out.println(JsonLines.line(Line.of(r)));
        }
        out.flush();
        return Main.OK;
    }
}
