package org.sitrep.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Writes JSONL records as a Parquet table partitioned by month: documents by publication date, reports and events
 * by the start of their date (a report or event without one by its document's date or its first report's), and
 * {@code unknown} when there is none.
 */
final class ParquetOut {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String UNKNOWN_MONTH = "unknown";

    private ParquetOut() {
    }

    static void write(SparkSession spark, Tables tables, String table, JavaRDD<String> records, String dir) {
        JavaRDD<Row> rows = records.map(json -> {
            ObjectNode n = (ObjectNode) JSON.readTree(json);
            return tables.row(table, n, month(table, n));
        });
        spark.createDataFrame(rows, tables.schema(table)).write().partitionBy(Tables.MONTH).parquet(dir);
    }

    static String month(String table, JsonNode n) {
        String day = switch (table) {
            case Tables.DOCUMENTS -> text(n, "published");
            case Tables.REPORTS -> first(text(n.path("date"), "start"), text(n.path("document"), "published"));
            default -> first(text(n.path("date"), "start"), text(n, "first_reported"));
        };
        return day != null && day.length() >= 7 && day.charAt(4) == '-' ? day.substring(0, 7) : UNKNOWN_MONTH;
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }

    private static String text(JsonNode n, String member) {
        JsonNode v = n.get(member);
        return v == null || !v.isTextual() ? null : v.textValue();
    }
}
