package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sitrep.model.ScoredType;
import org.sitrep.model.SubEventType;

/**
 * The learned type model's part in the record. The rules type each clause by its trigger; on real reporting their
 * first guess is often the generic one (a shooting with no victim named is read as a clash, a gathering near police
 * as an intervention), while the forced choice that weighs the rules' cues with the {@link LearnedTypeModel}
 * ({@code classify --forced}) reads the whole sentence. A sentence whose event clauses the rules type alike, or leave
 * untyped, takes that forced choice; a sentence whose clauses the rules type apart (an air strike and then a clash)
 * keeps the rules' types, for one reading of the sentence cannot split it into two acts. The model costs a sentence
 * encoding (about 3.5 ms on one core, against about 1 ms for all the rest of an article's reading), so it is spent
 * only on sentences that put an event forward as having happened: a denied, planned or hypothetical act keeps the
 * trigger's type. Thread-safe.
 */
final class SentenceTyping {
    /** The report flag that says the type is the forced choice of rules and model, not the trigger's alone. */
    static final String FLAG = "type_from_model";

    private final SnippetClassifier classifier = new SnippetClassifier();

    /** The background load {@link #preload} started, or null before the first. */
    private static Thread loader;
    /** How long an exit waits for the load (it takes about half a second; a stuck one must not hang the exit). */
    private static final long LOAD_WAIT_MS = 30_000;

    SentenceTyping() {
        preload();
    }

    /**
     * Starts loading the model and its encoder (about half a second, mostly ONNX Runtime) on a thread, once, so
     * that loading the rest of the engine overlaps it and the first article waits for little of it; a failed load
     * shows again on the first sentence that needs the model.
     */
    static synchronized void preload() {
        if (loader == null) {
            loader = new Thread(SentenceTyping::load, "sitrep-type-model-load");
            // not a daemon: a program whose main method ends during the load must wait for it, since ONNX Runtime's
            // own exit hook closes its environment under a session being created (SIGSEGV); System.exit does not
            // wait for any thread, so a program ending that way calls awaitPreload first
            loader.setDaemon(false);
            loader.start();
        }
    }

    /**
     * Waits until a load {@link #preload} started has ended (at most {@link #LOAD_WAIT_MS}). A program that ends with
     * {@link System#exit} calls this first: the exit runs ONNX Runtime's hook that closes its environment while the
     * load may still be creating a session in it, and the JVM dies of SIGSEGV (of SIGBUS when the runtime also
     * deleted the library it had unpacked).
     */
    static void awaitPreload() {
        Thread load;
        synchronized (SentenceTyping.class) {
            load = loader;
        }
        if (load == null) {
            return;
        }
        try {
            load.join(LOAD_WAIT_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void load() {
        try {
            LearnedTypeModel.get().encoder().get();
        } catch (RuntimeException e) {
            // not lost: the first prediction loads again and fails where a caller sees it
        }
    }

    /**
     * The sentence's clauses with the type the forced choice gives them, where the rules type its event clauses
     * alike or not at all and one of them asserts that its event happened; otherwise {@code facts} unchanged. A toll
     * the rules leave untyped after an event the document told ({@code eventBefore}) is left so: it is most often
     * that event's ("Figures for the dead among IS fighters …"), and the joiner joins untyped harm to its act.
     */
    List<ClauseFacts> retype(String sentence, List<ClauseFacts> facts, boolean eventBefore) {
        SubEventType rules = null;
        boolean anyEvent = false;
        boolean asserted = false;
        for (ClauseFacts f : facts) {
            if (f.statistic()) {
                continue;
            }
            asserted |= f.modality().assertsOccurrence();
            if (anyEvent && !Objects.equals(rules, f.type())) {
                return facts;
            }
            anyEvent = true;
            rules = f.type();
        }
        // a weapon names its act: an air strike, shelling or a bomb read from its own word stays one whatever the
        // sentence says of victims or a crowd around it (the sentence vector had read "the barrel bomb attacks
        // killed civilians" as an attack, "a Saudi airstrike against a funeral in the capital" as a protest)
        if (!asserted || sentence.isBlank() || rules == null && eventBefore || rules != null
                && rules.eventType() == SubEventType.EventType.EXPLOSIONS_REMOTE_VIOLENCE) {
            return facts;
        }
        ScoredType forced = classifier.classifyForced(sentence);
        // ACLED's residual strategic development is no better reading of an act the rules read as violence ("about a
        // dozen soldiers had been killed and several vehicles captured")
        if (forced.type() == rules || forced.type() == SubEventType.OTHER && rules != null
                && rules.eventType() != SubEventType.EventType.STRATEGIC_DEVELOPMENTS) {
            return facts;
        }
        List<ClauseFacts> out = new ArrayList<>(facts.size());
        for (ClauseFacts f : facts) {
            out.add(f.statistic() ? f : withType(f, forced.type()));
        }
        return out;
    }

    private static ClauseFacts withType(ClauseFacts f, SubEventType type) {
        List<String> flags = new ArrayList<>(f.flags());
        flags.add(FLAG);
        return new ClauseFacts(f.anchor(), f.anchorEnd(), f.trigger(), type, f.actor1(), f.assocActor1(), f.actor2(),
                f.place(), f.vicinity(), f.fatalities(), f.injured(), f.count(), f.modality(), f.statistic(),
                f.pronounSubject(), List.copyOf(flags));
    }
}
