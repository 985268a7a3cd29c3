package org.sitrep.knowledge.places;

import org.sitrep.knowledge.LatinFolder;

/**
 * The two index keys of one gazetteer name: its {@link org.sitrep.knowledge.NameKey} and its consonant
 * {@link SkeletonKey}, equal to theirs (NameKeysTest checks every gazetteer name) but cheaper to load: both
 * fold accented Latin names with Latin-ASCII, done once here through a {@link LatinFolder} and shared when the
 * result is plain ASCII; Arabic-script names run Arabic-Latin, then the same folder.
 */
final class NameKeys {
    private final String name;
    /** Latin-ASCII folding of the name when it is plain ASCII and shared by both keys; else null. */
    private final String folded;
    private final String key;

    private final LatinFolder folder;

    private NameKeys(String name, String folded, String key, LatinFolder folder) {
        this.name = name;
        this.folded = folded;
        this.key = key;
        this.folder = folder;
    }

    static NameKeys of(String name, LatinFolder folder) {
        if (SkeletonKey.latinFolded(name)) {
            // what SkeletonKey.romanised gives for such a name
            String folded = folder.fold(name);
            // NameKey folds to the same string, lower-cased; an ASCII result keys like any ASCII name
            if (SkeletonKey.ascii(folded)) {
                return new NameKeys(name, folded, Gazetteer.key(folded), folder);
            }
        }
        return new NameKeys(name, null, Gazetteer.key(name), folder);
    }

    /** Equal to {@code NameKey.of(name)}. */
    String key() {
        return key;
    }

    /** Equal to {@code SkeletonKey.of(name)}; computed on call, since names with a key seen before skip it. */
    String skeleton() {
        if (folded != null) {
            return SkeletonKey.ofRomanised(folded);
        }
        if (SkeletonKey.arabicRomanised(name)) {
            // "Arabic-Latin; Latin-ASCII" runs its steps one after the other over the whole name
            return SkeletonKey.ofRomanised(folder.fold(SkeletonKey.arabicLatin(name)));
        }
        return SkeletonKey.of(name);
    }
}
