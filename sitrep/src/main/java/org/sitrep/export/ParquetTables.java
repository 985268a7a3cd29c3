package org.sitrep.export;

import static org.apache.parquet.schema.LogicalTypeAnnotation.dateType;
import static org.apache.parquet.schema.LogicalTypeAnnotation.stringType;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BINARY;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BOOLEAN;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.DOUBLE;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.INT32;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.INT64;

import java.time.LocalDate;
import java.util.List;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;

/**
 * The Parquet tables sitrep writes and reads: {@code documents}, {@code reports} and {@code events}, each a folder of
 * files partitioned by month in Hive style ({@code month=2024-03/}, {@code month=__HIVE_DEFAULT_PARTITION__/} when
 * undated), as Spark writes and reads them. Flat columns are there for SQL; the {@code json} column holds the record
 * exactly as the JSON Lines export writes it, and is what {@code sitrep import} reads back. The columns are
 * {@link TableRows}'s, which the Spark job writes too.
 */
public final class ParquetTables {
    public static final String DOCUMENTS = TableRows.DOCUMENTS;
    public static final String REPORTS = TableRows.REPORTS;
    public static final String EVENTS = TableRows.EVENTS;
    /** The partition of records without a date, named as Spark and Hive name a null partition value. */
    public static final String NO_MONTH = "__HIVE_DEFAULT_PARTITION__";

    static final MessageType DOCUMENT = schema("document", TableRows.DOCUMENT);
    static final MessageType REPORT = schema("report", TableRows.REPORT);
    static final MessageType EVENT = schema("event", TableRows.EVENT);

    private ParquetTables() {
    }

    /** The partition folder name of a record dated {@code day} (null: undated). */
    static String partition(LocalDate day) {
        return "month=" + (day == null ? NO_MONTH : day.toString().substring(0, 7));
    }

    /** A row of {@link TableRows} as a Parquet group of that table's schema (nulls left out). */
    static Group group(Group g, List<TableRows.Column> columns, Object[] values) {
        if (values.length != columns.size()) {
            throw new IllegalStateException(values.length + " values for " + columns.size() + " columns");
        }
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                continue;
            }
            String name = columns.get(i).name();
            switch (columns.get(i).kind()) {
                case STRING -> g.add(name, (String) v);
                case DATE -> g.add(name, days((LocalDate) v));
                case INT32 -> g.add(name, (Integer) v);
                case INT64 -> g.add(name, (Long) v);
                case DOUBLE -> g.add(name, (Double) v);
                case BOOLEAN -> g.add(name, (Boolean) v);
                case BYTES -> g.add(name, Binary.fromConstantByteArray((byte[]) v));
                default -> throw new IllegalStateException("unknown column kind " + columns.get(i).kind());
            }
        }
        return g;
    }

    private static MessageType schema(String name, List<TableRows.Column> columns) {
        Types.MessageTypeBuilder b = Types.buildMessage();
        for (TableRows.Column c : columns) {
            Type.Repetition rep = c.required() ? Type.Repetition.REQUIRED : Type.Repetition.OPTIONAL;
            b.addField(switch (c.kind()) {
                case STRING -> Types.primitive(BINARY, rep).as(stringType()).named(c.name());
                case DATE -> Types.primitive(INT32, rep).as(dateType()).named(c.name());
                case INT32 -> Types.primitive(INT32, rep).named(c.name());
                case INT64 -> Types.primitive(INT64, rep).named(c.name());
                case DOUBLE -> Types.primitive(DOUBLE, rep).named(c.name());
                case BOOLEAN -> Types.primitive(BOOLEAN, rep).named(c.name());
                case BYTES -> Types.primitive(BINARY, rep).named(c.name());
            });
        }
        return b.named(name);
    }

    /** Days since the epoch, as Parquet's DATE stores them. */
    static int days(LocalDate day) {
        return Math.toIntExact(day.toEpochDay());
    }
}
