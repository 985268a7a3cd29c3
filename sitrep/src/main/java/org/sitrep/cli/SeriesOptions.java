package org.sitrep.cli;

import java.time.LocalDate;
import org.sitrep.model.Near;
import org.sitrep.model.analysis.Granularity;
import org.sitrep.model.analysis.SeriesFilter;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The filters of `series` and `changes`: what is counted, where, over what span, in what buckets. */
final class SeriesOptions {
    @Option(names = "--type", paramLabel = "TYPE",
            description = "ACLED event type or sub-event type, e.g. Battles or 'Air/drone strike'.")
    String type;

    @Option(names = "--actor", paramLabel = "ACTOR", description = "An actor in any role, by any name the actor "
            + "knowledge base knows ('US-led coalition', 'ISIS'), with the units under it; else part of a name.")
    String actor;

    @Option(names = "--initiator", description = "The actor only as the side that acted (ACLED's actor 1, or "
            + "associated with it), not also as the target.")
    boolean initiator;

    @Option(names = "--place", paramLabel = "PLACE", description = "A place by any name the gazetteer knows "
            + "('Khanasser'), or part of a place, governorate or country name.")
    String place;

    @Option(names = "--near", paramLabel = "LAT,LON,KM", converter = FilterOptions.NearConverter.class,
            description = "Within KM kilometres of a point (instead of --place).")
    Near near;

    @Option(names = "--counts", description = "Count observations too (a table of strikes per day): days they "
            + "cover take their count; days they do not are gaps, not zeros.")
    boolean counts;

    @Option(names = "--from", paramLabel = "DATE", description = "First day (YYYY-MM-DD); default: the first record.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day (YYYY-MM-DD); default: the last record.")
    LocalDate to;

    @Option(names = "--by", paramLabel = "day|week|month", description = "Bucket width (default: day).")
    String by = "day";

    SeriesFilter filter(CommandLine cl) {
        try {
            Granularity g = Granularity.parse(by).orElseThrow(() -> new IllegalArgumentException(
                    "--by is day, week or month, not '" + by + "'"));
            return new SeriesFilter(type, actor, place, near, counts, from, to, g, initiator);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, e.getMessage());
        }
    }
}
