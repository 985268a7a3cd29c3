package org.sitrep.analyse;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.knowledge.DataRow;
import org.sitrep.model.Modality;

/**
 * A settings file of name and positive number rows (control_decay.tsv, route_status.tsv, series.tsv), read once and
 * asked for by name: a number that is not one, not positive or set twice is an error naming its row, a missing one
 * an error naming the file.
 */
final class NamedSettings {
    private final String file;
    private final Map<String, Double> values;

    private NamedSettings(String file, Map<String, Double> values) {
        this.file = file;
        this.values = values;
    }

    static NamedSettings of(String file, List<DataRow> rows) {
        Map<String, Double> v = new HashMap<>();
        for (DataRow r : rows) {
            double d;
            try {
                d = Double.parseDouble(r.col(1));
            } catch (NumberFormatException e) {
                throw r.error(r.col(0) + " must be a number, not '" + r.col(1) + "'");
            }
            if (!(d > 0)) {
                throw r.error(r.col(0) + " must be a positive number, not " + r.col(1));
            }
            if (v.put(r.col(0), d) != null) {
                throw r.error(r.col(0) + " is set twice");
            }
        }
        return new NamedSettings(file, Map.copyOf(v));
    }

    double need(String name) {
        Double d = values.get(name);
        if (d == null) {
            throw new AnalyseData.DataException(file + ": missing setting " + name);
        }
        return d;
    }

    /** A setting that is a share of a whole: above 0 and below 1. */
    double share(String name) {
        double d = need(name);
        if (d >= 1) {
            throw new AnalyseData.DataException(file + ": " + name + " is a share below 1, not " + d);
        }
        return d;
    }

    /**
     * How much a report counts by its modality ({@code weight.asserted}, {@code .reported}, {@code .claimed} (also
     * for alleged), {@code .unverified}); modalities not named weigh nothing.
     */
    Map<Modality, Double> modalityWeights() {
        Map<Modality, Double> weights = new EnumMap<>(Modality.class);
        weights.put(Modality.ASSERTED, need("weight.asserted"));
        weights.put(Modality.REPORTED, need("weight.reported"));
        weights.put(Modality.CLAIMED, need("weight.claimed"));
        weights.put(Modality.ALLEGED, need("weight.claimed"));
        weights.put(Modality.UNVERIFIED, need("weight.unverified"));
        return Map.copyOf(weights);
    }
}
