package org.sitrep.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Attribution;
import org.sitrep.model.Mention;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;
import org.sitrep.pipeline.Progress;

/** Per-document working state: the context that table rows and pronoun subjects borrow from. */
final class ExtractContext {
    SubEventType lastType;
    List<ActorRef> lastActors = List.of();
    List<Attribution> pending = List.of();
    int pendingFrom = -1;
    int pendingUntil = -1;
    /** The pipe-table header in force, until a blank-line paragraph without "|" ends the table. */
    LocationCountReader.Header tableHeader;
    /** Index of the sentence being read, and what the joiner needs of each event report's anchor, by id. */
    int sentence;
    final Map<String, DiscourseJoiner.Anchor> anchors = new HashMap<>();
    /** Sentences that tell only a gathering's turn ("Police fired tear gas to disperse them"), in order. */
    final List<DiscourseJoiner.Turn> turns = new ArrayList<>();
    /** The last sentence with an event report of a gathering, or one of its turns (-1: none yet). */
    int lastGathering = -1;
    /** The last named route ("the Khanasser highway"), which a later "the road" stands for. */
    Mention lastRoute;
    /** Sentences too long to read whole, read in pieces; where reading stopped at the report limit (or -1). */
    final List<Span> longSentences = new ArrayList<>();
    int stoppedAt = -1;
    Progress progress = Progress.NONE;
    int maxReports = WorkLimits.MAX_REPORTS;
}
