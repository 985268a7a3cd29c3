package org.sitrep.store.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server the tests run against: SITREP_TEST_PG_URL (a superuser's postgresql:// address on a
 * throwaway server, e.g. from scripts/pg-test-cluster; .ci/run starts one). Without it the PostgreSQL tests are
 * skipped, saying so, except under CI (CI=true), where they fail: CI must not pass by skipping them. Every test
 * gets a new database of its own, copied from a template that has PostGIS; they are dropped when the JVM ends.
 */
public final class PgTestServer {
    public static final String ENV = "SITREP_TEST_PG_URL";
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final String RUN = Long.toString(ProcessHandle.current().pid());
    private static final List<String> CREATED = new ArrayList<>();
    private static String template;

    private PgTestServer() {
    }

    /** The server's address, or the test is skipped (failed under CI) when none is given. */
    public static String url() {
        String url = System.getenv(ENV);
        if (url == null || url.isBlank()) {
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(ENV + " is not set but CI=true: the PostgreSQL store tests must run in CI "
                        + "(.ci/run starts a server with scripts/pg-test-cluster)");
            }
            Assumptions.abort(ENV + " not set: PostgreSQL store tests skipped (start a server with "
                    + "scripts/pg-test-cluster start DIR and export the URL it prints as " + ENV + ")");
        }
        return url;
    }

    /** A new, empty database with PostGIS enabled; returns its postgresql:// address. */
    public static synchronized String freshDatabase() {
        String admin = url();
        PgUrl server = PgUrl.parse(admin);
        String name = "sitrep_test_" + RUN + "_" + NEXT.incrementAndGet();
        try (Connection c = DriverManager.getConnection(server.jdbc(), server.properties());
             Statement s = c.createStatement()) {
            if (template == null) {
                template = "sitrep_template_" + RUN;
                s.execute("CREATE DATABASE " + template);
                CREATED.add(template);
                PgUrl t = new PgUrl(server.host(), server.port(), template, server.user());
                try (Connection tc = DriverManager.getConnection(t.jdbc(), t.properties());
                     Statement ts = tc.createStatement()) {
                    ts.execute("CREATE EXTENSION postgis");
                }
                Runtime.getRuntime().addShutdownHook(new Thread(() -> dropAll(server)));
            }
            s.execute("CREATE DATABASE " + name + " TEMPLATE " + template);
            CREATED.add(name);
        } catch (SQLException e) {
            throw new IllegalStateException(ENV + "=" + admin + ": cannot create a test database: "
                    + e.getMessage(), e);
        }
        return new PgUrl(server.host(), server.port(), name, server.user()).toString();
    }

    private static synchronized void dropAll(PgUrl server) {
        try (Connection c = DriverManager.getConnection(server.jdbc(), server.properties());
             Statement s = c.createStatement()) {
            for (int i = CREATED.size() - 1; i >= 0; i--) {
                s.execute("DROP DATABASE IF EXISTS " + CREATED.get(i) + " WITH (FORCE)");
            }
        } catch (SQLException e) {
            System.err.println("PgTestServer: test databases left on " + server + ": " + e.getMessage());
        }
    }
}
