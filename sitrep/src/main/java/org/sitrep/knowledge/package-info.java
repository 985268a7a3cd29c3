/**
 * Reference knowledge shared by extraction (to spot names) and resolution (to canonicalise them):
 * name lexicons, the actor knowledge base and the gazetteer. Loaded once from versioned data files.
 */
package org.sitrep.knowledge;
