package org.sitrep.resolve.time;

import org.sitrep.model.TimeMention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateListingTest {
    @Test
    void list_expressions_serialiseToJson() throws Exception {
        List<TimeMention> es = DateListing.standard().list("7 - Oct 26 Sunday\nShelling yesterday.",
                LocalDate.of(2015, 10, 28));
        assertEquals(2, es.size());
        TimeMention e = es.get(0);
        assertEquals("Oct 26 Sunday", e.text());
        assertEquals(4, e.start());
        assertEquals("DATE", e.type());
        assertEquals(List.of("2015-10-25"), e.altValues());
        String json = new ObjectMapper().writeValueAsString(es);
        assertEquals("2015-10-27", new ObjectMapper().readTree(json).get(1).get("value").asText());
    }

    @Test
    void list_withoutDct_deicticHasNoInterval() {
        TimeMention e = DateListing.standard().list("Shelling yesterday.", null).get(0);
        assertNull(e.from());
    }
}
