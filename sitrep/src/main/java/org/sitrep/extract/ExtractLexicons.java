package org.sitrep.extract;

import java.util.Set;

/**
 * Every extraction lexicon, loaded once. Only the stages that put extractors together (the extract stage, the
 * clause analyzer, the snippet classifier) hold it; each extractor receives just the lexicons it reads.
 */
record ExtractLexicons(TriggerLexicon triggers, NumberWords numbers, ModalityCues modality, ActorLexicon actors,
                       PlaceLexicon places, SourceLexicon sources, TypeCues typeCues, AnchorCues anchorCues,
                       GovernmentLexicon government, Set<String> abbreviations) {
    private static volatile ExtractLexicons instance;

    static ExtractLexicons get() {
        ExtractLexicons l = instance;
        if (l == null) {
            synchronized (ExtractLexicons.class) {
                l = instance;
                if (l == null) {
                    l = new ExtractLexicons(TriggerLexicon.load(), NumberWords.load(), ModalityCues.load(),
                            ActorLexicon.load(), PlaceLexicon.load(), SourceLexicon.load(), TypeCues.load(),
                            AnchorCues.load(), GovernmentLexicon.load(), Lexicons.words("abbreviations.txt"));
                    instance = l;
                }
            }
        }
        return l;
    }
}
