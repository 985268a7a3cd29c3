package org.sitrep.simulate;

/** Numbers articles in the order they are planned: a0000001, a0000002, ... */
final class ArticleIds {
    private long next = 1;

    String next() {
        return String.format("a%07d", next++);
    }

    long issued() {
        return next - 1;
    }
}
