package org.sitrep.cli;

import org.sitrep.model.TimeMention;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.sitrep.app.TextTools;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "dates", mixinStandardHelpOptions = true,
        description = {"Lists the time expressions of a text as JSON lines: the words, their offsets (UTF-16 "
                + "code units, end exclusive), TIMEX3 type and value, and the calendar interval (from/to) when "
                + "it can be anchored.",
                "Without --dct, relative expressions (\"yesterday\") stay unanchored unless the text itself "
                        + "gives a date to lean on; today's date is never used."},
        footer = {"", "Exit codes: 0 ok, 1 bad input (the file is named), 2 usage error."})
final class DatesCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Text file, or - for standard input.")
    String file;

    @Option(names = "--dct", paramLabel = "YYYY-MM-DD",
            description = "Document creation time (publication date) that relative expressions are anchored to.")
    LocalDate dct;

    @Override
    public Integer call() {
        InputText input = InputText.read(file, main.stdin);
        PrintWriter out = spec.commandLine().getOut();
        for (TimeMention e : new TextTools().dates(input.text(), dct)) {
            out.println(JsonLines.line(e));
        }
        out.flush();
        return Main.OK;
    }
}
