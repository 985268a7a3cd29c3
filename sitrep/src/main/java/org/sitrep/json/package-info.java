/**
 * The JSON wire format of sitrep's records (documents' metadata, reports, events): snake_case member names that
 * stay stable, readers that ignore members they do not know. The store and the JSONL export both go through
 * {@link org.sitrep.json.SitrepJson}, so what is exported is exactly what is stored.
 */
package org.sitrep.json;
