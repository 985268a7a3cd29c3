package org.sitrep.fuzz;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;

/**
 * The no-hang guard of the fuzz properties: jqwik has no per-try timeout, so each try runs on a worker thread and
 * fails when it does not finish in time. The bound is loose (the suite shares two cores with other builds): it
 * catches loops that never end and blow-ups on inputs of a few hundred characters, not slowness.
 */
public final class Bounded {
    /** Far above any try on a loaded machine (they take milliseconds), far below "never". */
    public static final Duration PER_TRY = Duration.ofSeconds(20);

    private static final ExecutorService WORKER = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fuzz-try");
        t.setDaemon(true);
        return t;
    });

    private Bounded() {
    }

    /** The call's result; its own exception (unwrapped) when it throws; an AssertionError when it hangs. */
    public static <T> T call(Object input, Callable<T> call) throws Exception {
        Future<T> f = WORKER.submit(call);
        try {
            return f.get(PER_TRY.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new AssertionError("no answer within " + PER_TRY + " for input " + show(input));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception ex) {
                throw ex;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** An input as a Java literal would show it, so a failure can be pasted into a regression test. */
    public static String show(Object input) {
        if (input instanceof byte[] b) {
            StringBuilder sb = new StringBuilder("bytes[");
            for (int i = 0; i < b.length; i++) {
                sb.append(i == 0 ? "" : ",").append(String.format("%02X", b[i] & 0xFF));
            }
            return sb.append(']').toString();
        }
        String s = String.valueOf(input);
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
                sb.append(c);
            } else {
                sb.append(String.format("\\u%04x", (int) c));
            }
        }
        return sb.append('"').toString();
    }
}
