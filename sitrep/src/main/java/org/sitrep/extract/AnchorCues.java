package org.sitrep.extract;

import java.util.Set;

/**
 * Words deciding whether an event word anchors an event here: reaction verbs ("condemned the attack"), heads an
 * event noun merely labels ("airstrike site", modified_heads.txt) and statistic words ("the death toll").
 */
record AnchorCues(Set<String> reactionVerbs, Set<String> modifiedHeads, Set<String> statisticWords) {
    static AnchorCues load() {
        return new AnchorCues(Lexicons.words("reaction_verbs.txt"), Lexicons.words("modified_heads.txt"),
                Lexicons.words("statistic_words.txt"));
    }
}
