package org.sitrep.cli;

import java.time.LocalDate;
import org.sitrep.model.Near;
import org.sitrep.model.Query;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The record filters shared by {@code events} and {@code export}. */
final class FilterOptions {
    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Records whose date reaches this day or later.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Records whose date starts this day or earlier.")
    LocalDate to;

    @Option(names = "--type", paramLabel = "TYPE",
            description = "ACLED event type or sub-event type, e.g. Battles or 'Air/drone strike'.")
    String type;

    @Option(names = "--actor", paramLabel = "TEXT", description = "Part of an actor's name or id (any case).")
    String actor;

    @Option(names = "--place", paramLabel = "TEXT", description = "Part of a place name, governorate or country.")
    String place;

    @Option(names = "--near", paramLabel = "LAT,LON,KM", converter = NearConverter.class,
            description = "Within KM kilometres of a point.")
    Near near;

    @Option(names = "--source", paramLabel = "TEXT", description = "Part of an outlet's or speaker's name.")
    String source;

    @Option(names = "--limit", paramLabel = "N", description = "At most N records.")
    Integer limit;

    @Option(names = "--contested", description = "Only events whose reports disagree (outcome, numbers, "
            + "responsibility, or a denial).")
    boolean contested;

    @Option(names = "--min-credibility", paramLabel = "N", description = "Only events graded information "
            + "credibility N or better (1 confirmed, 2 probably true, 3 possibly true, 4 doubtful, 5 improbable, "
            + "6 cannot be judged).")
    Integer minCredibility;

    @Option(names = "--reliability", paramLabel = "A..F", description = "Only events whose source reliability is "
            + "this letter or better (A completely reliable ... F cannot be judged).")
    String reliability;

    /** The query these options describe; bad combinations are usage errors. */
    Query query(CommandLine cl) {
        try {
            if (reliability != null && reliability.trim().length() != 1) {
                throw new IllegalArgumentException("--reliability takes one letter A-F, not '" + reliability + "'");
            }
            return Query.all().from(from).to(to).type(type).actor(actor).place(place).near(near).source(source)
                    .limit(limit).contested(contested).minCredibility(minCredibility)
                    .minReliability(reliability == null ? null : reliability.trim().charAt(0));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, e.getMessage());
        }
    }

    static final class NearConverter implements CommandLine.ITypeConverter<Near> {
        @Override
        public Near convert(String value) {
            try {
                return Near.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
