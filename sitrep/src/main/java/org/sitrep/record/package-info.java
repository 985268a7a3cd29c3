/**
 * Record keeping: the one place where a processed document joins the record. The {@link org.sitrep.record.Recorder}
 * links its reports into the stored events, merges and grades every event it touches, finds whom the document
 * copies, and commits all of that as one change set through the store port. Nothing else links, merges or grades.
 */
package org.sitrep.record;
