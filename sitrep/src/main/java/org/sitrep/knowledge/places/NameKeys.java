package org.sitrep.knowledge.places;

/**
 * The two index keys of one gazetteer name: its {@link org.sitrep.knowledge.NameKey} and its consonant
 * {@link SkeletonKey}. Both fold accented Latin names with the same Latin-ASCII transliterator, the costliest
 * step of loading after Arabic-Latin; done once here and shared when its result is plain ASCII.
 */
final class NameKeys {
    private final String name;
    /** Latin-ASCII folding of the name when it is plain ASCII and shared by both keys; else null. */
    private final String folded;
    private final String key;

    private NameKeys(String name, String folded, String key) {
        this.name = name;
        this.folded = folded;
        this.key = key;
    }

    static NameKeys of(String name, LatinFolder folder) {
        if (SkeletonKey.latinFolded(name)) {
            // what SkeletonKey.romanised gives for such a name
            String folded = folder.fold(name);
            // NameKey folds to the same string, lower-cased; an ASCII result keys like any ASCII name
            if (SkeletonKey.ascii(folded)) {
                return new NameKeys(name, folded, Gazetteer.key(folded));
            }
        }
        return new NameKeys(name, null, Gazetteer.key(name));
    }

    /** Equal to {@code NameKey.of(name)}. */
    String key() {
        return key;
    }

    /** Equal to {@code SkeletonKey.of(name)}; computed on call, since names with a key seen before skip it. */
    String skeleton() {
        return folded != null ? SkeletonKey.ofRomanised(folded) : SkeletonKey.of(name);
    }
}
