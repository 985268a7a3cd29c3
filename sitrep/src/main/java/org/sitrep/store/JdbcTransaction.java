package org.sitrep.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Predicate;

/**
 * One JDBC transaction on a connection otherwise in auto-commit mode, for the stores' writers: the work's changes are
 * committed when it returns (and its answer says so), rolled back when it throws, the exception passing on; the
 * connection is back in auto-commit mode either way. The SQLite and PostgreSQL stores' whole-document removals and
 * the PostgreSQL store's commits share it.
 */
public final class JdbcTransaction {
    /** The statements of one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws SQLException;
    }

    private JdbcTransaction() {
    }

    /** Runs the work and commits it. */
    public static <T> T run(Connection c, Work<T> work) throws SQLException {
        return run(c, work, result -> true);
    }

    /** Runs the work; commits it when {@code commit} holds for its answer, else rolls it back. */
    public static <T> T run(Connection c, Work<T> work, Predicate<T> commit) throws SQLException {
        c.setAutoCommit(false);
        try {
            T result = work.run();
            if (commit.test(result)) {
                c.commit();
            } else {
                c.rollback();
            }
            return result;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }
}
