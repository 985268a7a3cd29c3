package org.sitrep.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_from_unix_date;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.sitrep.export.TableRows;

/**
 * Writes a table in the layout of {@link TableRows}, the one {@code sitrep export --format parquet} writes and
 * {@code sitrep import} reads: its columns and types, gzip-compressed pages, partitioned by month in Hive style
 * ({@code month=__HIVE_DEFAULT_PARTITION__} for undated records, as Spark names a null partition value). Rows come
 * as the values {@link TableRows} makes, each with its month (null: undated).
 */
final class ParquetOut {
    /** A row of a table and its month partition. */
    record Dated(Object[] values, String month) implements java.io.Serializable {
    }

    private ParquetOut() {
    }

    static void write(SparkSession spark, String table, JavaRDD<Dated> rows, String dir) {
        List<TableRows.Column> columns = TableRows.columns(table);
        List<StructField> fields = new ArrayList<>();
        for (TableRows.Column c : columns) {
            fields.add(DataTypes.createStructField(c.name(), sparkType(c.kind()), !c.required()));
        }
        fields.add(DataTypes.createStructField(TableRows.MONTH, DataTypes.StringType, true));
        Dataset<Row> df = spark.createDataFrame(rows.map(ParquetOut::row), DataTypes.createStructType(fields));
        for (TableRows.Column c : columns) {
            if (c.kind() == TableRows.Kind.DATE) {
                // days since the epoch made a DATE by Spark itself: no time zone comes between
                df = df.withColumn(c.name(), date_from_unix_date(col(c.name())));
            }
        }
        df.write().option("compression", "gzip").partitionBy(TableRows.MONTH).parquet(dir);
    }

    private static Row row(Dated d) {
        Object[] out = new Object[d.values().length + 1];
        for (int i = 0; i < d.values().length; i++) {
            Object v = d.values()[i];
            out[i] = v instanceof LocalDate day ? Math.toIntExact(day.toEpochDay()) : v;
        }
        out[out.length - 1] = d.month();
        return RowFactory.create(out);
    }

    private static DataType sparkType(TableRows.Kind kind) {
        return switch (kind) {
            case STRING -> DataTypes.StringType;
            case DATE, INT32 -> DataTypes.IntegerType;
            case INT64 -> DataTypes.LongType;
            case DOUBLE -> DataTypes.DoubleType;
            case BOOLEAN -> DataTypes.BooleanType;
            case BYTES -> DataTypes.BinaryType;
        };
    }
}
