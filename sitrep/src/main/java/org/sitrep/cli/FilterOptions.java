package org.sitrep.cli;

import java.time.LocalDate;
import org.sitrep.store.Near;
import org.sitrep.store.Query;
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

    /** The query these options describe; bad combinations are usage errors. */
    Query query(CommandLine cl) {
        try {
            return Query.all().from(from).to(to).type(type).actor(actor).place(place).near(near).source(source)
                    .limit(limit);
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
