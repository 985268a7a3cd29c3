/**
 * The HTTP API of {@code sitrep serve}: routes under {@code /api/v1} over one open {@link org.sitrep.app.Sitrep},
 * answering in the same JSON as the command line and exports ({@link org.sitrep.json.SitrepJson}), errors as
 * RFC 9457 problem documents. An adapter like the command line: it parses requests and formats answers, and every
 * use case is the front door's. The routes are described in {@code openapi.json} beside these classes.
 */
package org.sitrep.api;
