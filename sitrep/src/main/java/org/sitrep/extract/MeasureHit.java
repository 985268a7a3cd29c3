package org.sitrep.extract;

import org.sitrep.model.Measure;

/**
 * A measure read from a sentence, over its tokens: the whole phrase [start, end) and the amount
 * [amountStart, amountEnd), so the caller can place the measure in a clause and keep its amount from being read
 * again as a death toll or a strike count.
 */
record MeasureHit(Measure measure, int start, int end, int amountStart, int amountEnd) {
}
