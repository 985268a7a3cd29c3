package org.sitrep.spark;

import org.sitrep.engine.Engine;
import org.sitrep.json.SitrepJson;
import org.sitrep.link.BatchLinker;
import org.sitrep.link.Blocking;
import org.sitrep.link.EventMerger;
import org.sitrep.link.assess.EventAssessor;

/**
 * What each executor JVM loads once and keeps: the engine (reference data, models), shared by its task threads;
 * the linking and grading parts, one set per task thread, as the single-process recorder uses one at a time.
 * Nothing here is serialised: tasks reach it through these statics, created on first use.
 */
final class Workers {
    private static volatile Engine engine;
    private static final ThreadLocal<PerThread> PER_THREAD = ThreadLocal.withInitial(PerThread::new);

    /** The per-thread parts. */
    static final class PerThread {
        final EventAssessor assessor = EventAssessor.standard();
        final EventMerger merger = new EventMerger();
        final Blocking blocking = Blocking.standard();
        final BatchLinker linker = BatchLinker.standard();
        final SitrepJson json = SitrepJson.standard();
    }

    private Workers() {
    }

    static Engine engine() {
        Engine e = engine;
        if (e == null) {
            synchronized (Workers.class) {
                e = engine;
                if (e == null) {
                    e = Engine.standard();
                    engine = e;
                }
            }
        }
        return e;
    }

    static PerThread local() {
        return PER_THREAD.get();
    }
}
