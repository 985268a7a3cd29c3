package org.sitrep.spark;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * A throwaway database with PostGIS on the test server SITREP_TEST_PG_URL ({@code postgresql://user@host:port/db},
 * as scripts/pg-test-cluster prints it), dropped on close. The sitrep module's own helper is in its test classes,
 * which this module does not see.
 */
final class TestPostgres implements AutoCloseable {
    private final URI server;
    private final String name;

    private TestPostgres(URI server, String name) {
        this.server = server;
        this.name = name;
    }

    static TestPostgres fresh(String url) throws SQLException {
        URI server = URI.create(url);
        String name = "sitrep_spark_" + ProcessHandle.current().pid() + "_" + System.nanoTime() % 100000;
        TestPostgres db = new TestPostgres(server, name);
        try (Connection c = connect(server, path(server)); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        try (Connection c = connect(server, name); Statement s = c.createStatement()) {
            s.execute("CREATE EXTENSION postgis");
        }
        return db;
    }

    /** The database's postgresql:// address. */
    String url() {
        return "postgresql://" + (server.getUserInfo() == null ? "" : server.getUserInfo() + "@") + server.getHost()
                + ":" + port(server) + "/" + name;
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = connect(server, path(server)); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    private static Connection connect(URI server, String database) throws SQLException {
        Properties p = new Properties();
        if (server.getUserInfo() != null) {
            p.setProperty("user", server.getUserInfo());
        }
        String password = System.getenv("PGPASSWORD");
        if (password != null) {
            p.setProperty("password", password);
        }
        return DriverManager.getConnection("jdbc:postgresql://" + server.getHost() + ":" + port(server) + "/"
                + database, p);
    }

    private static int port(URI server) {
        return server.getPort() < 0 ? 5432 : server.getPort();
    }

    private static String path(URI server) {
        String p = server.getPath() == null ? "" : server.getPath().replaceFirst("^/", "");
        return p.isEmpty() ? "postgres" : p;
    }
}
