package org.sitrep.export;

import static org.apache.parquet.schema.LogicalTypeAnnotation.dateType;
import static org.apache.parquet.schema.LogicalTypeAnnotation.stringType;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BINARY;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BOOLEAN;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.DOUBLE;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.INT32;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.INT64;

import java.time.LocalDate;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Types;

/**
 * The Parquet tables sitrep writes and reads: {@code documents}, {@code reports} and {@code events}, each a folder of
 * files partitioned by month in Hive style ({@code month=2024-03/}, {@code month=__HIVE_DEFAULT_PARTITION__/} when
 * undated), as Spark writes and reads them. Flat columns are there for SQL; the {@code json} column holds the record
 * exactly as the JSON Lines export writes it, and is what {@code sitrep import} reads back.
 */
public final class ParquetTables {
    public static final String DOCUMENTS = "documents";
    public static final String REPORTS = "reports";
    public static final String EVENTS = "events";
    /** The partition of records without a date, named as Spark and Hive name a null partition value. */
    public static final String NO_MONTH = "__HIVE_DEFAULT_PARTITION__";

    static final MessageType DOCUMENT = Types.buildMessage()
            .required(INT64).named("seq")
            .required(BINARY).as(stringType()).named("id")
            .required(BINARY).as(stringType()).named("path")
            .optional(BINARY).as(stringType()).named("title")
            .optional(BINARY).as(stringType()).named("outlet")
            .optional(BINARY).as(stringType()).named("author")
            .optional(INT32).as(dateType()).named("published")
            .optional(BINARY).as(stringType()).named("original_outlet")
            .optional(BINARY).as(stringType()).named("duplicate_of")
            .optional(BINARY).named("fingerprint")
            .optional(BINARY).named("original")
            .required(BINARY).as(stringType()).named("json")
            .named("document");

    static final MessageType REPORT = Types.buildMessage()
            .required(BINARY).as(stringType()).named("id")
            .required(BINARY).as(stringType()).named("document_id")
            .required(INT32).named("ordinal")
            .required(BINARY).as(stringType()).named("kind")
            .optional(BINARY).as(stringType()).named("event_id")
            .optional(BINARY).as(stringType()).named("event_type")
            .optional(BINARY).as(stringType()).named("sub_event_type")
            .optional(INT32).as(dateType()).named("date_start")
            .optional(INT32).as(dateType()).named("date_end")
            .optional(BINARY).as(stringType()).named("location")
            .optional(DOUBLE).named("lat")
            .optional(DOUBLE).named("lon")
            .optional(INT32).named("fatalities")
            .optional(BINARY).as(stringType()).named("modality")
            .required(BINARY).as(stringType()).named("evidence")
            .required(BINARY).as(stringType()).named("json")
            .named("report");

    static final MessageType EVENT = Types.buildMessage()
            .required(BINARY).as(stringType()).named("id")
            .optional(BINARY).as(stringType()).named("event_type")
            .optional(BINARY).as(stringType()).named("sub_event_type")
            .optional(INT32).as(dateType()).named("date_start")
            .optional(INT32).as(dateType()).named("date_end")
            .optional(BINARY).as(stringType()).named("location")
            .optional(DOUBLE).named("lat")
            .optional(DOUBLE).named("lon")
            .optional(INT32).named("fatalities")
            .optional(BINARY).as(stringType()).named("grade")
            .required(BOOLEAN).named("contested")
            .required(INT32).named("independent_sources")
            .required(INT32).named("report_count")
            .required(BINARY).as(stringType()).named("json")
            .named("event");

    private ParquetTables() {
    }

    /** The partition folder name of a record dated {@code day} (null: undated). */
    static String partition(LocalDate day) {
        return "month=" + (day == null ? NO_MONTH : day.toString().substring(0, 7));
    }

    /** Days since the epoch, as Parquet's DATE stores them. */
    static int days(LocalDate day) {
        return Math.toIntExact(day.toEpochDay());
    }
}
