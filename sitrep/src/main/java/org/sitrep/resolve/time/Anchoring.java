package org.sitrep.resolve.time;

import java.util.List;
import java.util.Objects;
import org.sitrep.model.Span;

/**
 * What a text's relative expressions may lean on besides its document creation time. {@code inert}: stretches of
 * the text (boilerplate, a discredited dateline) whose dates are still listed but do not move the narrative focus.
 * {@code weekdaysFromNarrative}: whether, without a DCT, a bare weekday ("on Sunday") may take the week of the day in
 * focus; false when the only anchor is a publication window wider than a week, where such a day would be a guess.
 * {@code window} (nullable): the inferred publication window of a text without a usable DCT; a day and month
 * without a year ("on 17 September") takes the one year that puts it in the window, when only one does.
 */
public record Anchoring(List<Span> inert, boolean weekdaysFromNarrative, PublicationWindow window) {
    /** Every date moves the focus; weekdays follow the narrative when there is no DCT. */
    public static final Anchoring DEFAULT = new Anchoring(List.of(), true, null);

    public Anchoring {
        inert = List.copyOf(Objects.requireNonNull(inert, "inert"));
    }

    public Anchoring(List<Span> inert, boolean weekdaysFromNarrative) {
        this(inert, weekdaysFromNarrative, null);
    }

    boolean isInert(int start, int end) {
        for (Span s : inert) {
            if (s.start() <= start && end <= s.end()) {
                return true;
            }
        }
        return false;
    }
}
