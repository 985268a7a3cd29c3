package org.sitrep.knowledge.actors;

import java.util.List;

/** Bad actor data: every problem found, each naming its file and line or entry. */
public final class ActorDataException extends RuntimeException {
    private final List<String> problems;

    public ActorDataException(List<String> problems) {
        super(problems.size() + " problem(s) in actor data:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
