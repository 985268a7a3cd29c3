/**
 * The analysis layer: answers analysts' questions (is a route open, who holds a place) from the stored record, each
 * answer with its evidence, confidence and reasons. Reads stored reports and events through the store port and
 * the bundled knowledge (gazetteer, routes); writes nothing. Its own data (routes, decay rates) lives under
 * {@code resources/org/sitrep/analyse/}.
 */
package org.sitrep.analyse;
