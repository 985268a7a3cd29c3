package org.sitrep.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The columns of the Parquet tables ({@code tables.tsv}): each a top-level member of the JSONL record, under the
 * same name; scalars keep their type, nested objects and arrays are their JSON text, so a reader of the JSONL
 * records reads these with the same code. Every table also has the partition column {@value #MONTH}.
 */
final class Tables implements Serializable {
    static final String MONTH = "month";
    static final String DOCUMENTS = "documents";
    static final String REPORTS = "reports";
    static final String EVENTS = "events";

    /** Column name to type name, per table, in file order. */
    private final Map<String, Map<String, String>> columns;

    private Tables(Map<String, Map<String, String>> columns) {
        this.columns = columns;
    }

    static Tables standard() {
        try (InputStream in = Tables.class.getResourceAsStream("tables.tsv")) {
            if (in == null) {
                throw new IllegalStateException("tables.tsv missing from the classpath");
            }
            Map<String, Map<String, String>> out = new LinkedHashMap<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            r.lines().filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("table\t")).forEach(l -> {
                String[] f = l.split("\t");
                if (f.length != 3) {
                    throw new IllegalStateException("tables.tsv: expected table, column, type: " + l);
                }
                out.computeIfAbsent(f[0], k -> new LinkedHashMap<>()).put(f[1], f[2]);
            });
            return new Tables(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Spark schema of a table, its month column last. */
    StructType schema(String table) {
        List<StructField> fields = new ArrayList<>();
        columns(table).forEach((name, type) -> fields.add(DataTypes.createStructField(name, sparkType(type), true)));
        fields.add(DataTypes.createStructField(MONTH, DataTypes.StringType, false));
        return DataTypes.createStructType(fields);
    }

    /** A JSONL record as a row of the table; a member the table lacks is an error, never dropped silently. */
    Row row(String table, ObjectNode record, String month) {
        Map<String, String> cols = columns(table);
        for (Iterator<String> names = record.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!cols.containsKey(name)) {
                throw new IllegalStateException("table " + table + " has no column for member '" + name
                        + "' (add it to org/sitrep/spark/tables.tsv)");
            }
        }
        Object[] values = new Object[cols.size() + 1];
        int i = 0;
        for (Map.Entry<String, String> c : cols.entrySet()) {
            values[i++] = value(table, c.getKey(), c.getValue(), record.get(c.getKey()));
        }
        values[i] = month;
        return RowFactory.create(values);
    }

    /** Whether a column holds nested JSON text. */
    boolean isJson(String table, String column) {
        return "json".equals(columns(table).get(column));
    }

    private Map<String, String> columns(String table) {
        Map<String, String> cols = columns.get(table);
        if (cols == null) {
            throw new IllegalArgumentException("no table " + table);
        }
        return cols;
    }

    private static Object value(String table, String column, String type, JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        boolean ok = switch (type) {
            case "string" -> n.isTextual();
            case "long" -> n.isIntegralNumber();
            case "double" -> n.isNumber();
            case "boolean" -> n.isBoolean();
            case "json" -> n.isContainerNode();
            default -> throw new IllegalStateException("tables.tsv: unknown type " + type);
        };
        if (!ok) {
            throw new IllegalStateException(table + "." + column + ": expected " + type + ", got " + n.getNodeType());
        }
        return switch (type) {
            case "string" -> n.textValue();
            case "long" -> n.longValue();
            case "double" -> n.doubleValue();
            case "boolean" -> n.booleanValue();
            default -> n.toString();
        };
    }

    private static DataType sparkType(String type) {
        return switch (type) {
            case "string", "json" -> DataTypes.StringType;
            case "long" -> DataTypes.LongType;
            case "double" -> DataTypes.DoubleType;
            case "boolean" -> DataTypes.BooleanType;
            default -> throw new IllegalStateException("tables.tsv: unknown type " + type);
        };
    }
}
