package org.sitrep.simulate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The ground truth as JSON lines ({@code truth.jsonl}), written as the world plays out: the settings, places,
 * routes, planted change points and lead-lag effect first; then per day each place's holder and each route's
 * state; each true event with the articles about it; each article with what it is.
 */
final class TruthLog implements Closeable {
    private final Path file;
    private final JsonGenerator g;

    TruthLog(Path out) {
        this.file = out.resolve("truth.jsonl");
        try {
            BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            g = new JsonFactory().createGenerator(w);
            g.setRootValueSeparator(new com.fasterxml.jackson.core.io.SerializedString("\n"));
        } catch (IOException e) {
            throw failed(e);
        }
    }

    void settings(SimulationSettings s) {
        line("settings", () -> {
            g.writeNumberField("seed", s.seed());
            g.writeNumberField("places", s.places());
            g.writeNumberField("days", s.days());
            g.writeStringField("start", s.start().toString());
            g.writeStringField("noise", s.noise().wireName());
            g.writeNumberField("articles_per_day", s.articlesPerDay());
            g.writeBooleanField("lead_lag", s.leadLag());
        });
    }

    void place(SimPlace p) {
        line("place", () -> {
            g.writeStringField("id", p.gazetteerId());
            g.writeStringField("name", p.name());
            g.writeNumberField("lat", p.lat());
            g.writeNumberField("lon", p.lon());
        });
    }

    void route(SimRoute r, List<SimPlace> places, String user) {
        line("route", () -> {
            g.writeStringField("id", r.id());
            g.writeStringField("name", r.name());
            g.writeStringField("user", user);
            g.writeArrayFieldStart("towns");
            for (int t : r.towns()) {
                g.writeString(places.get(t).gazetteerId());
            }
            g.writeEndArray();
        });
    }

    void changePoint(String actor, ChangePoint c, LocalDate date) {
        line("change_point", () -> {
            g.writeStringField("actor", actor);
            g.writeStringField("type", "Air/drone strike");
            g.writeStringField("date", date.toString());
            g.writeNumberField("rate_before", round(c.before()));
            g.writeNumberField("rate_after", round(c.after()));
            g.writeStringField("change", c.kind());
        });
    }

    void leadLag(String cause, String effect, LeadLag l) {
        line("lead_lag", () -> {
            g.writeStringField("relation", "lull-precedes");
            g.writeStringField("cause_actor", cause);
            g.writeStringField("cause_type", "Air/drone strike");
            g.writeStringField("effect_actor", effect);
            g.writeStringField("effect_type", "Battles");
            g.writeNumberField("lag_days", l.lagDays());
            g.writeNumberField("lull_share", LeadLag.LULL_SHARE);
            g.writeNumberField("factor", l.factor());
        });
    }

    void control(LocalDate date, String place, String holder, boolean contested) {
        line("control", () -> {
            g.writeStringField("date", date.toString());
            g.writeStringField("place", place);
            g.writeStringField("holder", holder);
            g.writeBooleanField("contested", contested);
        });
    }

    void routeDay(LocalDate date, String route, String status, String cutAt) {
        line("route_status", () -> {
            g.writeStringField("date", date.toString());
            g.writeStringField("route", route);
            g.writeStringField("status", status);
            g.writeStringField("cut_at", cutAt);
        });
    }

    void event(TrueEvent e, String actor, String target, String place, String route, List<Article> articles) {
        line("event", () -> {
            g.writeStringField("id", e.id());
            g.writeStringField("date", e.date().toString());
            g.writeStringField("type", e.type().label());
            g.writeStringField("actor1", actor);
            g.writeStringField("actor2", target);
            g.writeStringField("place", place);
            g.writeStringField("route", route);
            g.writeNumberField("fatalities", e.fatalities());
            g.writeArrayFieldStart("articles");
            for (Article a : articles) {
                g.writeString(a.id());
            }
            g.writeEndArray();
        });
    }

    void article(Article a, String path) {
        line("article", () -> {
            g.writeStringField("id", a.id());
            g.writeStringField("file", path);
            g.writeStringField("outlet", a.outlet().name());
            g.writeStringField("outlet_side", a.outlet().side());
            g.writeStringField("published", a.published().toString());
            g.writeStringField("page_date", a.pageDate().toString());
            g.writeStringField("role", a.role());
            g.writeStringField("event", a.eventId());
            g.writeStringField("copy_of", a.copyOf());
            if (a.tollSaid() != null) {
                g.writeNumberField("toll_said", a.tollSaid());
            }
            g.writeArrayFieldStart("statements");
            for (Article.Statement s : a.statements()) {
                g.writeStartObject();
                g.writeStringField("subject", s.subject());
                g.writeStringField("said", s.said());
                g.writeBooleanField("true", s.truthful());
                g.writeEndObject();
            }
            g.writeEndArray();
        });
    }

    private interface Fields {
        void write() throws IOException;
    }

    private void line(String kind, Fields fields) {
        try {
            g.writeStartObject();
            g.writeStringField("kind", kind);
            fields.write();
            g.writeEndObject();
        } catch (IOException e) {
            throw failed(e);
        }
    }

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }

    private UncheckedIOException failed(IOException e) {
        return new UncheckedIOException(file + ": cannot write the truth: " + e.getMessage(), e);
    }

    @Override
    public void close() {
        try {
            g.close();
        } catch (IOException e) {
            throw failed(e);
        }
    }
}
