package org.sitrep.bench.dates;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.sitrep.eval.time.TimeMlEvaluation;

/**
 * Baseline only (GPL-3.0, confined to the bench module): SUTime, CoreNLP's rule-based temporal tagger, run as its
 * documentation shows it (tokenize, ssplit, pos, then the TimeAnnotator), with the document date set per text.
 * Not thread-safe (one pipeline); the bench uses it on one thread.
 */
public final class SuTimeTagger implements TimeMlEvaluation.Tagger {
    public static final String ANNOTATORS = "tokenize,ssplit,pos + TimeAnnotator(sutime)";
    private final StanfordCoreNLP pipeline;

    public SuTimeTagger() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos");
        props.setProperty("threads", "1");
        pipeline = new StanfordCoreNLP(props);
        pipeline.addAnnotator(new TimeAnnotator("sutime", new Properties()));
    }

    @Override
    public List<TimeMlEvaluation.Timex> tag(String text, LocalDate dct) {
        Annotation a = new Annotation(text);
        if (dct != null) {
            a.set(CoreAnnotations.DocDateAnnotation.class, dct.toString());
        }
        pipeline.annotate(a);
        List<TimeMlEvaluation.Timex> out = new ArrayList<>();
        List<CoreMap> found = a.get(TimeAnnotations.TimexAnnotations.class);
        if (found == null) {
            return out;
        }
        for (CoreMap cm : found) {
            Timex t = cm.get(TimeAnnotations.TimexAnnotation.class);
            Integer s = cm.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            Integer e = cm.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            if (t == null || s == null || e == null) {
                continue;
            }
            // SUTime leaves some values empty (it keeps them in altVal): an empty value never matches the gold
            out.add(new TimeMlEvaluation.Timex(s, e, t.timexType() == null ? "" : t.timexType(),
                    t.value() == null ? "" : t.value()));
        }
        return out;
    }
}
