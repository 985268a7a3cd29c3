package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.sitrep.api.ApiServer;
import org.sitrep.app.Grading;
import org.sitrep.app.Sitrep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the store over HTTP: the web map at / and the API under /api/v1 (described at "
                + "/api/v1/openapi.json). "
                + "Read-only unless a token file is given; runs until stopped (Ctrl-C).")
final class ServeCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Mixin
    DbOption dbOption;

    @Mixin
    SourceOptions sources;

    @Option(names = "--port", paramLabel = "N", description = "The port to listen on (default: 8080; 0: any free).")
    int port = 8080;

    @Option(names = "--bind", paramLabel = "ADDRESS", description = "The address to listen on (default: 127.0.0.1, "
            + "this machine only; 0.0.0.0 opens the store to the network).")
    String bind = "127.0.0.1";

    @Option(names = "--token-file", paramLabel = "FILE", description = "A file holding the secret token that "
            + "writes (document uploads) need as 'Authorization: Bearer <token>'. Without it the server is read-only.")
    Path tokenFile;

    /** Released to stop the server (tests); otherwise it serves until the process ends. */
    final CountDownLatch stop = new CountDownLatch(1);
    private final CountDownLatch closed = new CountDownLatch(1);

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--port is 0 to 65535, not " + port);
        }
        Grading grading = sources.grading();
        PrintWriter out = spec.commandLine().getOut();
        try (Sitrep sitrep = DbOption.openExisting(main.db(dbOption.db));
             ApiServer server = start(sitrep, grading)) {
            String host = bind.contains(":") ? "[" + bind + "]" : bind;
            String url = "http://" + host + ":" + server.port() + "/";
            out.println("sitrep serving " + main.db(dbOption.db) + ": the map at " + url + " and the API at " + url
                    + ApiServer.BASE.substring(1) + "/ (" + (tokenFile == null ? "read-only" : "writes need the token")
                    + ")");
            out.flush();
            Runtime.getRuntime().addShutdownHook(new Thread(this::stopAndWait));
            stop.await();
        } finally {
            closed.countDown();
        }
        return Main.OK;
    }

    /** Ctrl-C: stop serving, and let the store close before the process ends. */
    private void stopAndWait() {
        stop.countDown();
        try {
            closed.await(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private ApiServer start(Sitrep sitrep, Grading grading) {
        try {
            return ApiServer.start(sitrep, bind, port, tokenFile, grading);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof java.net.BindException) {
                    throw new BadInputException(bind + ":" + port + ": cannot listen there (" + t.getMessage() + ")");
                }
            }
            throw e;
        }
    }
}
