package org.sitrep.extract;

import java.util.List;
import org.sitrep.model.Modality;
import org.sitrep.model.Quantity;
import org.sitrep.model.SubEventType;

/**
 * What one clause says about one event, over the sentence's tokens: the anchoring trigger [anchor, anchorEnd),
 * the type (null when unknown), actors, place, amounts and how firmly it is put. {@code statistic} clauses
 * ("the strike rate", "an average of 4 strikes") are not events; {@code pronounSubject} asks the caller to take
 * actor1 from the previous report ("it suicide-bombed another checkpoint").
 */
record ClauseFacts(int anchor, int anchorEnd, Trigger trigger, SubEventType type, List<NameSpan> actor1,
                   List<NameSpan> assocActor1, List<NameSpan> actor2, NameSpan place, boolean vicinity,
                   Quantity fatalities, Quantity injured, Quantity count, Modality modality, boolean statistic,
                   boolean pronounSubject, List<String> flags) {
}
