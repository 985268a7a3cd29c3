package org.sitrep.model;

import java.util.List;

/** The reports of one document, in text order: the value stages hand on through the pipeline. */
public record Reports(List<Report> items) {
    public Reports {
        items = List.copyOf(items);
    }
}
