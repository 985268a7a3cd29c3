package org.sitrep.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.sitrep.ingest.SourceFinder;

/**
 * The documents of the inputs: article files (.txt, .md, .html, .htm) found in folders, as ingest finds them, and
 * the lines of JSONL dumps (.jsonl). Files are read where they lie, by the executors (any file system Spark reads:
 * local, HDFS, S3). WARC archives: once the ingest package has its WARC reader, it plugs in beside JSONL here.
 */
final class Inputs {
    private Inputs() {
    }

    static JavaRDD<Source> read(SparkSession spark, List<String> paths) {
        JavaRDD<Row> files = spark.read().format("binaryFile").option("recursiveFileLookup", "true")
                .load(paths.toArray(String[]::new)).select("path", "content").javaRDD();
        return files.flatMap(row -> sources(localPath(row.getString(0)), (byte[]) row.get(1)).iterator());
    }

    private static List<Source> sources(String path, byte[] bytes) {
        if (JsonlArticles.isJsonl(path)) {
            return JsonlArticles.read(path, bytes);
        }
        List<Source> out = new ArrayList<>(1);
        if (SourceFinder.isArticleFile(Path.of(path.replace(':', '_')))) {
            out.add(Source.file(path, bytes));
        }
        return out;
    }

    /** A local file's path as ingest would name it (no {@code file:} scheme); other file systems keep their URI. */
    static String localPath(String uri) {
        return uri.startsWith("file:") ? java.net.URI.create(uri).getPath() : uri;
    }
}
