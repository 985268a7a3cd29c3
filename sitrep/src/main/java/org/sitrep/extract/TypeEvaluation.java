package org.sitrep.extract;

/**
 * What is left of the type evaluation in the runtime: only the NONE label name, because {@link WordTypeModel}
 * (which the learned-model work is rewriting) still refers to it. The evaluation itself lives in the sitrep-eval
 * module ({@code org.sitrep.eval.types.TypeEvaluation}); the figure's definition in {@link TypeScores}. Delete this
 * class once WordTypeModel no longer names it (the runtime-jar test lists it as pending until then).
 */
public final class TypeEvaluation {
    /** The label name for "no event"; use {@link TypeScores#NONE}. */
    public static final String NONE = TypeScores.NONE;

    private TypeEvaluation() {
    }
}
