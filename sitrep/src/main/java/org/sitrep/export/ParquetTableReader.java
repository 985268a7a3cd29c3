package org.sitrep.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;

/**
 * Reads the rows of one table folder (every {@code .parquet} file below it, partition folders included, in name
 * order; Spark's {@code _SUCCESS} and checksum files are passed over) one at a time, without Hadoop.
 */
public final class ParquetTableReader {
    /** One row; absent and null values read as empty. */
    public static final class Row {
        private final Group g;
        private final Path file;

        Row(Group g, Path file) {
            this.g = g;
            this.file = file;
        }

        /** The file the row came from, for messages. */
        public Path file() {
            return file;
        }

        public Optional<String> string(String field) {
            return present(field) ? Optional.of(g.getString(field, 0)) : Optional.empty();
        }

        public Optional<byte[]> bytes(String field) {
            return present(field) ? Optional.of(g.getBinary(field, 0).getBytes()) : Optional.empty();
        }

        public Optional<Long> number(String field) {
            if (!present(field)) {
                return Optional.empty();
            }
            return Optional.of(g.getType().getType(field).asPrimitiveType().getPrimitiveTypeName()
                    == org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.INT64 ? g.getLong(field, 0)
                    : (long) g.getInteger(field, 0));
        }

        private boolean present(String field) {
            return g.getType().containsField(field) && g.getFieldRepetitionCount(field) > 0;
        }
    }

    /** Something that takes rows and may fail. */
    @FunctionalInterface
    public interface RowSink {
        void row(Row row) throws IOException;
    }

    private ParquetTableReader() {
    }

    /** The data files of a table folder, in a stable order. */
    public static List<Path> files(Path table) throws IOException {
        try (Stream<Path> s = Files.walk(table)) {
            return s.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".parquet"))
                    .filter(p -> !p.getFileName().toString().startsWith(".")
                            && !p.getFileName().toString().startsWith("_"))
                    .sorted().toList();
        }
    }

    private static ParquetReadOptions options() {
        return ParquetReadOptions.builder(new PlainParquetConfiguration()).withCodecFactory(new GzipCodecs()).build();
    }

    /** How many rows a table folder holds, from its files' footers (no row is read). */
    public static long rows(Path table) throws IOException {
        long n = 0;
        for (Path file : files(table)) {
            try (ParquetFileReader r = ParquetFileReader.open(new LocalInputFile(file), options())) {
                n += r.getRecordCount();
            }
        }
        return n;
    }

    /** Every row of a table folder, file by file and row group by row group. */
    public static void read(Path table, RowSink sink) throws IOException {
        for (Path file : files(table)) {
            try (ParquetFileReader r = ParquetFileReader.open(new LocalInputFile(file), options())) {
                MessageType schema = r.getFooter().getFileMetaData().getSchema();
                PageReadStore group;
                while ((group = r.readNextRowGroup()) != null) {
                    RecordReader<Group> rows = new ColumnIOFactory().getColumnIO(schema)
                            .getRecordReader(group, new GroupRecordConverter(schema));
                    for (long i = 0; i < group.getRowCount(); i++) {
                        sink.row(new Row(rows.read(), file));
                    }
                }
            } catch (UnsupportedOperationException | IllegalArgumentException e) {
                throw new IOException(file + ": " + e.getMessage(), e);
            }
        }
    }
}
