package org.sitrep.pipeline;

import java.util.Objects;

/** A typed name for a value a stage puts on a document. Keys compare by name. */
public final class Key<T> {
    private final String name;
    private final Class<T> type;

    private Key(String name, Class<T> type) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
    }

    public static <T> Key<T> of(String name, Class<T> type) {
        return new Key<>(name, type);
    }

    public String name() {
        return name;
    }

    public Class<T> type() {
        return type;
    }

    T cast(Object value) {
        return type.cast(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Key<?> k && k.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name + ":" + type.getSimpleName();
    }
}
