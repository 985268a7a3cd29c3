package org.sitrep.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * Parquet page compression with the JDK's gzip, so neither Hadoop's codec machinery (which needs a Hadoop
 * configuration and its dependencies) nor a native codec library is needed. Gzip is one of the codecs every Parquet
 * reader knows (Spark, DuckDB, pandas/pyarrow). Pages written by others with another codec cannot be read: the
 * error names the codec.
 */
final class GzipCodecs implements CompressionCodecFactory {
    static final CompressionCodecName CODEC = CompressionCodecName.GZIP;

    @Override
    public BytesInputCompressor getCompressor(CompressionCodecName codec) {
        check(codec);
        return new BytesInputCompressor() {
            @Override
            public BytesInput compress(BytesInput bytes) throws IOException {
                if (codec == CompressionCodecName.UNCOMPRESSED) {
                    return bytes;
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try (GZIPOutputStream z = new GZIPOutputStream(out)) {
                    bytes.writeAllTo(z);
                }
                return BytesInput.from(out.toByteArray());
            }

            @Override
            public CompressionCodecName getCodecName() {
                return codec;
            }

            @Override
            public void release() {
            }
        };
    }

    @Override
    public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
        check(codec);
        return new BytesInputDecompressor() {
            @Override
            public BytesInput decompress(BytesInput bytes, int size) throws IOException {
                if (codec == CompressionCodecName.UNCOMPRESSED) {
                    return bytes;
                }
                try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                    return BytesInput.from(in.readNBytes(size));
                }
            }

            @Override
            public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int size)
                    throws IOException {
                byte[] in = new byte[compressedSize];
                input.get(in);
                output.put(decompress(BytesInput.from(in), size).toByteArray());
            }

            @Override
            public void release() {
            }
        };
    }

    @Override
    public void release() {
    }

    private static void check(CompressionCodecName codec) {
        if (codec != CompressionCodecName.GZIP && codec != CompressionCodecName.UNCOMPRESSED) {
            throw new UnsupportedOperationException("Parquet pages compressed with " + codec + ": sitrep reads gzip "
                    + "and uncompressed pages only (write the tables with compression 'gzip')");
        }
    }
}
