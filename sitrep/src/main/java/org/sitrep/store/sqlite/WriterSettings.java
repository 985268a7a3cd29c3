package org.sitrep.store.sqlite;

import java.util.Properties;

/** The driver settings of the store's writer connection. */
final class WriterSettings {
    private WriterSettings() {
    }

    /**
     * No generated keys: the driver otherwise asks for them after every INSERT with a statement of its own,
     * prepared and closed each time (some thirty per ingested document), and no write of the store reads them.
     */
    static Properties driver() {
        Properties p = new Properties();
        p.setProperty("jdbc.get_generated_keys", "false");
        return p;
    }
}
