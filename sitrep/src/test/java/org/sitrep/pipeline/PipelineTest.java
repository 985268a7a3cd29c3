package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;
import org.sitrep.model.OffsetMap;

class PipelineTest {
    record Count(int n) {
    }

    static final Key<Count> A = Key.of("test.a", Count.class);
    static final Key<Count> B = Key.of("test.b", Count.class);

    static Stage stage(String name, Set<Key<?>> req, Key<Count> out, int n) {
        return new Stage() {
            public String name() {
                return name;
            }

            public Set<Key<?>> requires() {
                return req;
            }

            public Set<Key<?>> provides() {
                return Set.of(out);
            }

            public Annotated apply(Annotated in) {
                return in.with(out, new Count(n), name);
            }
        };
    }

    static Document doc() {
        return new Document("d1", "x.txt", "text/plain", "UTF-8", "hi", "hi", OffsetMap.identity(), null, null, null,
                null, null, List.of(), List.of());
    }

    @Test
    void build_missingRequirement_failsNamingStageAndKey() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Pipeline.builder().add(stage("second", Set.of(A), B, 2)).build());
        assertTrue(e.getMessage().contains("second") && e.getMessage().contains("test.a"), e.getMessage());
    }

    @Test
    void build_duplicateProvider_fails() {
        Pipeline.Builder b = Pipeline.builder().add(stage("one", Set.of(), A, 1));
        assertThrows(IllegalStateException.class, () -> b.add(stage("again", Set.of(), A, 2)));
    }

    @Test
    void run_chainInOrder_valuesAndProducersRecorded() {
        Pipeline p = Pipeline.builder().add(stage("one", Set.of(), A, 1)).add(stage("two", Set.of(A), B, 2)).build();
        Annotated out = p.run(doc());
        assertEquals(1, out.get(A).n());
        assertEquals(2, out.get(B).n());
        assertEquals("two", out.producerOf(B).orElseThrow());
        assertEquals(List.of("one", "two"), p.stageNames());
    }

    @Test
    void get_missingKey_failsNamingKeyAndDocument() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Annotated.of(doc()).get(A));
        assertTrue(e.getMessage().contains("test.a") && e.getMessage().contains("d1"));
    }
}
