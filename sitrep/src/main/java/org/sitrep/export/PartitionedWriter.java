package org.sitrep.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.MessageType;

/**
 * One table's files: a writer per partition folder, opened when the partition's first row comes and kept open, with
 * small row groups so that many open months stay within a few megabytes each.
 */
final class PartitionedWriter implements AutoCloseable {
    private static final int ROW_GROUP_BYTES = 1 << 20;
    private static final int PAGE_BYTES = 64 * 1024;

    private final Path table;
    private final MessageType schema;
    private final SimpleGroupFactory rows;
    private final Map<String, ParquetWriter<Group>> open = new HashMap<>();
    private long written;

    PartitionedWriter(Path table, MessageType schema) {
        this.table = table;
        this.schema = schema;
        this.rows = new SimpleGroupFactory(schema);
    }

    Group row() {
        return rows.newGroup();
    }

    void write(String partition, Group row) throws IOException {
        ParquetWriter<Group> w = open.get(partition);
        if (w == null) {
            Path folder = Files.createDirectories(table.resolve(partition));
            w = ExampleParquetWriter.builder(new LocalOutputFile(folder.resolve("part-00000.parquet")))
                    .withConf(new PlainParquetConfiguration()).withType(schema)
                    .withCodecFactory(new GzipCodecs()).withCompressionCodec(GzipCodecs.CODEC)
                    .withRowGroupSize(ROW_GROUP_BYTES).withPageSize(PAGE_BYTES).build();
            open.put(partition, w);
        }
        w.write(row);
        written++;
    }

    long written() {
        return written;
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (ParquetWriter<Group> w : open.values()) {
            try {
                w.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        open.clear();
        if (first != null) {
            throw first;
        }
    }
}
