package org.sitrep.extract;

import java.util.List;
import org.sitrep.knowledge.DataRow;
import org.sitrep.model.Status;

/**
 * The words of status observations (status_words.tsv): the phrases that state a condition of a route or place,
 * the nouns that make a phrase a route, and the small closed classes around them. Bad rows fail naming file and
 * line. Immutable once loaded.
 */
final class StatusWords {
    static final String FILE = "status_words.tsv";

    /** What a state phrase can be said of. */
    enum Subjects { ROUTE, PLACE, ANY;

        boolean allows(Status.Subject s) {
            return this == ANY || name().equals(s.name());
        }
    }

    /** A state phrase: the state it puts forward and what it can be said of. */
    record StateWord(Status.State state, Subjects subjects) {
    }

    /** The role a closed-class word plays; see the file's header. */
    enum Role { COPULA, ADVERB, HEDGE, PRESENT, NEGATOR, AIM, DETERMINER, PART, CONJUNCTION, FIRST_TIME, TIME_CLAUSE, RELATIVE }

    final PhraseSet<StateWord> states = new PhraseSet<>();
    final PhraseSet<Boolean> routeHeads = new PhraseSet<>();
    final PhraseSet<Role> words = new PhraseSet<>();
    /** Units of a length of time, in days ("months": 30). */
    final PhraseSet<Integer> units = new PhraseSet<>();

    private static volatile StatusWords instance;

    static StatusWords get() {
        StatusWords w = instance;
        if (w == null) {
            synchronized (StatusWords.class) {
                w = instance;
                if (w == null) {
                    w = new StatusWords(DataFile.rows(FILE, 4));
                    instance = w;
                }
            }
        }
        return w;
    }

    /** From parsed rows (the bundled file, or rows a test writes to check the error messages). */
    StatusWords(List<DataRow> rows) {
        for (DataRow r : rows) {
            if (r.col(0).equals("phrase")) {
                continue;
            }
            boolean added = switch (r.col(1)) {
                case "state" -> states.add(r.col(0), new StateWord(state(r), subjects(r)));
                case "route-head" -> routeHeads.add(r.col(0), Boolean.TRUE);
                case "copula" -> words.add(r.col(0), Role.COPULA);
                case "adverb" -> words.add(r.col(0), r.col(2).equals("hedge") ? Role.HEDGE
                        : r.col(2).equals("present") ? Role.PRESENT : Role.ADVERB);
                case "negator" -> words.add(r.col(0), Role.NEGATOR);
                case "aim" -> words.add(r.col(0), Role.AIM);
                case "determiner" -> words.add(r.col(0), Role.DETERMINER);
                case "part" -> words.add(r.col(0), Role.PART);
                case "conjunction" -> words.add(r.col(0), Role.CONJUNCTION);
                case "first-time" -> words.add(r.col(0), Role.FIRST_TIME);
                case "time-clause" -> words.add(r.col(0), Role.TIME_CLAUSE);
                case "relative" -> words.add(r.col(0), Role.RELATIVE);
                case "unit" -> units.add(r.col(0), days(r));
                default -> throw r.error("unknown role '" + r.col(1) + "' (state, route-head, copula, adverb, "
                        + "negator, aim, determiner, part, conjunction, first-time, time-clause, relative or unit)");
            };
            if (!added) {
                throw r.error("'" + r.col(0) + "' is listed twice");
            }
        }
        states.freeze();
        routeHeads.freeze();
        words.freeze();
        units.freeze();
    }

    private static Integer days(DataRow r) {
        try {
            int d = Integer.parseInt(r.col(2));
            if (d > 0) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw r.error("a unit's length is a positive number of days, not '" + r.col(2) + "'");
    }

    Role role(List<Token> toks, int i) {
        PhraseSet.Match<Role> m = words.at(toks, i);
        return m == null ? null : m.value();
    }

    private static Status.State state(DataRow r) {
        return Status.State.parse(r.col(2)).orElseThrow(() -> r.error("unknown state '" + r.col(2)
                + "' (cut, blocked, closed, open, reopened, cleared, contested, besieged or held)"));
    }

    private static Subjects subjects(DataRow r) {
        return switch (r.col(3)) {
            case "route" -> Subjects.ROUTE;
            case "place" -> Subjects.PLACE;
            case "any" -> Subjects.ANY;
            default -> throw r.error("unknown subjects '" + r.col(3) + "' (route, place or any)");
        };
    }
}
