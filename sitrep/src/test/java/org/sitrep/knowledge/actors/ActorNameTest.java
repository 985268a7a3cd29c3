package org.sitrep.knowledge.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.knowledge.NameKey;

/** Reading a name's tokens off its key in place tells what splitting the key tells. */
class ActorNameTest {
    private static ActorName withKey(String key) {
        return new ActorName("x", key, null, null, "t", false, false, "test:1");
    }

    /** The run test on split tokens: the reference the in-place reading must agree with. */
    private static boolean splitRun(List<String> hay, List<String> needle) {
        if (needle.isEmpty() || needle.size() > hay.size()) {
            return false;
        }
        for (int i = 0; i + needle.size() <= hay.size(); i++) {
            if (hay.subList(i, i + needle.size()).equals(needle)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void runInAndTokenCount_agreeWithTokens_forOrdinaryAndOddKeys() {
        List<String> keys = List.of("isis", "islamic state", "hayat tahrir al sham", "al sham", "sham", "", " ",
                "a  b", " a", "a ", "a b ", "isis fighters", "state", "fighters isis", "x y z w v u");
        List<List<String>> hays = new ArrayList<>();
        for (String text : List.of("ISIS fighters", "Islamic State", "the Hayat Tahrir al-Sham group", "al-Sham",
                "Sham al Sham", "", "a b", "x y z w v u", "fighters isis fighters")) {
            hays.add(NameKey.tokens(text));
        }
        hays.add(List.of("a", "", "b"));
        hays.add(List.of("", "a"));
        for (String key : keys) {
            ActorName n = withKey(key);
            assertEquals(n.tokens().size(), n.tokenCount(), "'" + key + "'");
            for (List<String> hay : hays) {
                assertEquals(splitRun(hay, n.tokens()), n.runIn(hay), "'" + key + "' in " + hay);
            }
        }
    }
}
