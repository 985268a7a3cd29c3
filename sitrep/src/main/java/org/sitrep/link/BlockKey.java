package org.sitrep.link;

/**
 * A block of linking work that a distributed job can partition reports by: a time bucket × a geo cell × a type
 * family. {@link Blocking#keys} gives every block a report belongs to (its widened time span × the cells within
 * its reach × its family), so two reports the linker could join always share a block; each block is then linked on
 * its own ({@link BatchLinker}). {@link #NONE} in a dimension is the block of reports that lack that value (no
 * date, no place); reports that have it may also join it (a bridge), because the linker may join them with such
 * reports. A report without a type belongs to every family.
 */
public record BlockKey(long bucket, long cell, String family) {
    /** The bucket or cell of reports without a date or a place. */
    public static final long NONE = Long.MIN_VALUE;
}
