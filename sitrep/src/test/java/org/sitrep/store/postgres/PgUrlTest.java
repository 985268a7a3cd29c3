package org.sitrep.store.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.store.StoreException;

/** How a --db address is read: no server needed. */
class PgUrlTest {
    @Test
    void parse_fullAddress() {
        PgUrl u = PgUrl.parse("postgresql://analyst@db.example.org:6543/sitrep");
        assertEquals(new PgUrl("db.example.org", 6543, "sitrep", "analyst"), u);
        assertEquals("jdbc:postgresql://db.example.org:6543/sitrep", u.jdbc());
        assertEquals("analyst", u.properties().getProperty("user"));
    }

    @Test
    void parse_defaults_localhostAnd5432() {
        PgUrl u = PgUrl.parse("postgres://me@/sitrep");
        assertEquals("localhost", u.host());
        assertEquals(5432, u.port());
        assertEquals("sitrep", PgUrl.parse("postgresql://me@localhost/sitrep").database());
    }

    @Test
    void parse_passwordInTheAddress_refusedAndNotRepeated() {
        StoreException e = assertThrows(StoreException.class,
                () -> PgUrl.parse("postgresql://me:hunter2@localhost/sitrep"));
        assertTrue(e.getMessage().contains("PGPASSWORD"), e.getMessage());
        assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
        StoreException q = assertThrows(StoreException.class,
                () -> PgUrl.parse("postgresql://me@localhost/sitrep?password=hunter2"));
        assertTrue(q.getMessage().contains("PGPASSWORD"), q.getMessage());
    }

    @Test
    void parse_noDatabase_refused() {
        assertThrows(StoreException.class, () -> PgUrl.parse("postgresql://me@localhost:5432/"));
        assertThrows(StoreException.class, () -> PgUrl.parse("postgresql://me@localhost:5432"));
    }

    @Test
    void isPostgres_onlyThePostgresSchemes() {
        assertTrue(PgUrl.isPostgres("postgresql://h/db"));
        assertTrue(PgUrl.isPostgres("postgres://h/db"));
        assertFalse(PgUrl.isPostgres("sitrep.db"));
        assertFalse(PgUrl.isPostgres("out/postgresql.db"));
    }
}
