package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sitrep.fuzz.Bounded;

/**
 * Fuzzing of the number reader over tokens of random runs of numbers, number words, hedges and ranges: at every
 * token it answers (no exception, no hang), a hit lies inside [i, limit), and a value is never negative (a
 * product of multipliers must not wrap around).
 */
class NumberReaderFuzzTest {
    private final NumberReader reader = new NumberReader(ExtractLexicons.get().numbers());

    @Provide
    Arbitrary<String> amounts() {
        Arbitrary<String> words = Arbitraries.of("at", "least", "more", "than", "up", "to", "about", "some", "an",
                "estimated", "nearly", "over", "between", "and", "or", "of", "a", "one", "two", "twelve", "twenty",
                "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "billions",
                "dozen", "dozens", "tens", "scores", "half", "people", "killed", "-", "–", ",", ".", "~", "%", "+");
        Arbitrary<String> numbers = Arbitraries.oneOf(Arbitraries.integers().between(0, 100_000).map(String::valueOf),
                Arbitraries.of("2,147,483,647", "2147483648", "99999999999999999999", "1.5", "0.0", "3.", ".5",
                        "1,000,000,000,000", "1,2,3", "3000-3500", "10-", "-5", "1/2", "2nd", "1990s", "000"));
        return Arbitraries.oneOf(words, words, numbers).list().ofMaxSize(16).map(l -> String.join(" ", l));
    }

    private void check(String s) throws Exception {
        List<Token> toks = Tokenizer.tokenize(s, 0, s.length());
        for (int i = 0; i < toks.size(); i++) {
            int from = i;
            NumberReader.Hit h = Bounded.call(s, () -> reader.at(toks, from, toks.size()));
            if (h != null) {
                assertTrue(h.start() >= from && h.start() < h.end() && h.end() <= toks.size(), h + " in " + s);
                assertTrue(h.value() == null || h.value() >= 0, h + " for " + Bounded.show(s));
            }
            NumberReader.Hit first = Bounded.call(s, () -> reader.first(toks, from, toks.size()));
            if (first != null) {
                assertTrue(first.start() >= from && first.end() <= toks.size(), first + " in " + s);
                assertTrue(first.value() == null || first.value() >= 0, first + " for " + Bounded.show(s));
            }
        }
    }

    @Property(tries = 400)
    void at_numberShapedRuns_hitsInsideAndNeverNegative(@ForAll("amounts") String s) throws Exception {
        check(s);
    }

    @Property(tries = 200)
    void at_anyText_hitsInsideAndNeverNegative(@ForAll String s) throws Exception {
        check(s);
    }
}
