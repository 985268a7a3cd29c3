package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Span;

class TokenizerTest {
    @Test
    void tokenize_abbreviationsHyphensPossessives() {
        String text = "The U.S.-led coalition's jets didn't strike 3000-3500.";
        List<String> t = Tokenizer.tokenize(text, 0, text.length())
                .stream().map(Token::text).toList();
        assertEquals(List.of("The", "U.S.", "led", "coalition", "'s", "jets", "did", "n't", "strike", "3000", "3500", "."), t);
    }

    @Property
    void tokenize_anyText_offsetsPointAtTokenText(@ForAll String s) {
        for (Token t : Tokenizer.tokenize(s, 0, s.length())) {
            if (!t.lower().equals("n't") && !t.lower().equals("'s")) {
                assertEquals(t.text(), s.substring(t.start(), t.end()));
            }
        }
    }

    @Test
    void split_abbreviationsAndTableLines_sentenceBoundaries() {
        SentenceSplitter sp = new SentenceSplitter(ExtractLexicons.get().abbreviations());
        String text = "Lt. Gen. Smith met U.S. officials. They left.\n4 - Oct 20\n0 - Oct 21";
        List<String> out = sp.split(text, 0, text.length()).stream().map(s -> s.of(text)).toList();
        assertEquals(List.of("Lt. Gen. Smith met U.S. officials.", "They left.", "4 - Oct 20", "0 - Oct 21"), out);
    }

    @Property
    void split_anyText_spansOrderedAndInside(@ForAll String s) {
        SentenceSplitter sp = new SentenceSplitter(ExtractLexicons.get().abbreviations());
        int last = 0;
        for (Span x : sp.split(s, 0, s.length())) {
            assert x.start() >= last && x.end() <= s.length();
            last = x.end();
        }
    }
}
