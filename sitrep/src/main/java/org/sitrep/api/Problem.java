package org.sitrep.api;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A request the API refuses, as an RFC 9457 problem document: {@code type} is {@code about:blank}, so
 * {@code title} is the HTTP status phrase and {@code detail} says what is wrong with this request; a bad query
 * parameter is also named in {@code parameter}. Thrown by handlers, written by the server's exception mapping.
 */
final class Problem extends RuntimeException {
    static final String MEDIA_TYPE = "application/problem+json";

    private final int status;
    private final String parameter;

    Problem(int status, String detail, String parameter) {
        super(detail, null, false, false);
        this.status = status;
        this.parameter = parameter;
    }

    /** 400: a query parameter that cannot be used, and why. */
    static Problem badParameter(String parameter, String why) {
        return new Problem(400, "parameter '" + parameter + "': " + why, parameter);
    }

    static Problem notFound(String detail) {
        return new Problem(404, detail, null);
    }

    int status() {
        return status;
    }

    ObjectNode json() {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("type", "about:blank");
        n.put("title", title(status));
        n.put("status", status);
        n.put("detail", getMessage());
        if (parameter != null) {
            n.put("parameter", parameter);
        }
        return n;
    }

    /** The status phrase (RFC 9110) of the statuses the API answers with. */
    static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Content";
            case 503 -> "Service Unavailable";
            default -> status >= 500 ? "Internal Server Error" : "Error " + status;
        };
    }
}
