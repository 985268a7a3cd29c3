/**
 * A world with known truth (issue 11, scope 6): a synthetic war played out day by day over real places of the
 * gazetteer and the routes the analysis knows, with the articles partisan outlets would publish about it and the
 * ground truth to score the record against. Reads knowledge (gazetteer, actors) and the model; only the
 * application front door uses it.
 */
package org.sitrep.simulate;
