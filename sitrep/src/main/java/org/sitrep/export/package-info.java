/**
 * Writing stored records out: JSON Lines (the codec's format), ACLED-style CSV and RFC 7946 GeoJSON.
 * Writers take records and a {@link java.io.Writer}; where the records come from is the caller's business.
 */
package org.sitrep.export;
