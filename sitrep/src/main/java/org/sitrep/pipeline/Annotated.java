package org.sitrep.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.model.Document;

/** A document and the typed values stages have put on it. Immutable: {@link #with} returns a new one. */
public final class Annotated {
    private final Document document;
    private final Map<Key<?>, Object> values;
    private final Map<Key<?>, String> producers;

    private Annotated(Document document, Map<Key<?>, Object> values, Map<Key<?>, String> producers) {
        this.document = document;
        this.values = values;
        this.producers = producers;
    }

    public static Annotated of(Document document) {
        return new Annotated(Objects.requireNonNull(document, "document"), Map.of(), Map.of());
    }

    public Document document() {
        return document;
    }

    /** The value under a key; fails naming the key when no stage provided it. */
    public <T> T get(Key<T> key) {
        Object v = values.get(key);
        if (v == null) {
            throw new IllegalStateException("no value for " + key + " on document " + document.id()
                    + "; provided so far: " + values.keySet());
        }
        return key.cast(v);
    }

    public <T> Optional<T> find(Key<T> key) {
        return Optional.ofNullable(values.get(key)).map(key::cast);
    }

    public boolean has(Key<?> key) {
        return values.containsKey(key);
    }

    /** A copy with one more value, recorded as produced by the named stage. */
    public <T> Annotated with(Key<T> key, T value, String stage) {
        Objects.requireNonNull(value, "value");
        Map<Key<?>, Object> v = new LinkedHashMap<>(values);
        v.put(key, key.cast(value));
        Map<Key<?>, String> p = new LinkedHashMap<>(producers);
        p.put(key, stage);
        return new Annotated(document, Map.copyOf(v), Map.copyOf(p));
    }

    /** A copy whose document is replaced (stages that add document flags or an inferred date). */
    public Annotated withDocument(Document newDocument) {
        if (!newDocument.id().equals(document.id())) {
            throw new IllegalArgumentException("a stage may not swap one document for another");
        }
        return new Annotated(newDocument, values, producers);
    }

    public Optional<String> producerOf(Key<?> key) {
        return Optional.ofNullable(producers.get(key));
    }
}
