package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BertEncoderSessionTest {
    @Test
    void vocabulary_isTheModelsVocabObject_notAnotherOfTheSameName() {
        Map<String, Integer> v = BertEncoderSession.vocabulary("org/sitrep/extract/tokenizer-fixture.json");
        assertEquals(Map.of("[UNK]", 0, "town", 1, "##s", 2, "\"quoted\"", 3, "caf\u00e9", 4), v);
    }

    @Test
    void aTokenizerFileWithoutModelVocab_isANamedError() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> BertEncoderSession.vocabulary("org/sitrep/extract/tokenizer-no-vocab.json"));
        assertTrue(e.getMessage().contains("tokenizer-no-vocab.json"), e.getMessage());
    }

    @Test
    void aMissingResource_isANamedError() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> BertEncoderSession.vocabulary("org/sitrep/extract/absent.json"));
        assertTrue(e.getMessage().contains("absent.json"), e.getMessage());
    }
}
