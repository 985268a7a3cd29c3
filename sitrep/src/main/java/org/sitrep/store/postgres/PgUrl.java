package org.sitrep.store.postgres;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.sitrep.store.StoreException;

/**
 * A {@code postgresql://user@host:port/dbname} address as sitrep takes it in {@code --db}: user, host and port are
 * optional (PGUSER or the login name, localhost, 5432). The password never comes from the address: it would show
 * in the process list and the shell's history. It comes from PGPASSWORD, or from a pgpass file (PGPASSFILE or
 * ~/.pgpass), which the driver reads.
 */
record PgUrl(String host, int port, String database, String user) {
    static final int DEFAULT_PORT = 5432;

    /** Whether a --db value names a PostgreSQL database rather than a file. */
    static boolean isPostgres(String db) {
        return db.startsWith("postgresql://") || db.startsWith("postgres://");
    }

    static PgUrl parse(String db) {
        if (!isPostgres(db)) {
            throw new StoreException(db + ": not a postgresql:// address");
        }
        URI uri;
        try {
            uri = new URI(db);
        } catch (URISyntaxException e) {
            throw new StoreException(redacted(db) + ": not a valid postgresql://user@host:port/dbname address: "
                    + e.getReason(), e);
        }
        String userInfo = uri.getRawUserInfo();
        if ((userInfo != null && userInfo.contains(":")) || hasPasswordParameter(uri.getRawQuery())) {
            throw new StoreException(redacted(db) + ": a password does not belong in --db (it would show in the "
                    + "process list and the shell's history); set PGPASSWORD or put it in ~/.pgpass");
        }
        if (uri.getRawQuery() != null) {
            throw new StoreException(db + ": parameters after '?' are not supported; give "
                    + "postgresql://user@host:port/dbname");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String database = decode(path.startsWith("/") ? path.substring(1) : path);
        if (database.isEmpty() || database.contains("/")) {
            throw new StoreException(db + ": name the database: postgresql://user@host:port/dbname");
        }
        String host = uri.getHost() == null || uri.getHost().isEmpty() ? "localhost" : uri.getHost();
        int port = uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort();
        String user = userInfo != null ? decode(userInfo) : System.getenv("PGUSER") != null ? System.getenv("PGUSER")
                : System.getProperty("user.name");
        return new PgUrl(host, port, database, user);
    }

    private static boolean hasPasswordParameter(String query) {
        if (query == null) {
            return false;
        }
        for (String pair : query.split("&")) {
            if (pair.toLowerCase(java.util.Locale.ROOT).startsWith("password")) {
                return true;
            }
        }
        return false;
    }

    /** The address with whatever stands between "//" and "@" hidden, for messages. */
    private static String redacted(String db) {
        return db.replaceFirst("//[^@/]*@", "//***@");
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    String jdbc() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "jdbc:postgresql://" + h + ":" + port + "/" + database;
    }

    /** Connection properties: the user, and the password from PGPASSWORD when set (else the driver's pgpass). */
    Properties properties() {
        Properties p = new Properties();
        p.setProperty("user", user);
        String password = System.getenv("PGPASSWORD");
        if (password != null && !password.isEmpty()) {
            p.setProperty("password", password);
        }
        p.setProperty("ApplicationName", "sitrep");
        return p;
    }

    /** How the database is named in messages: no password is ever part of it. */
    @Override
    public String toString() {
        return "postgresql://" + user + "@" + host + ":" + port + "/" + database;
    }
}
