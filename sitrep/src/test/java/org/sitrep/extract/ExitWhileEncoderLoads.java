package org.sitrep.extract;

/**
 * A program that starts the learned type model's background load and ends at once, without waiting for it: what a
 * program embedding the engine may do. Run in its own JVM by {@link SentenceEncoderExitTest}.
 */
public final class ExitWhileEncoderLoads {
    private ExitWhileEncoderLoads() {
    }

    public static void main(String[] args) throws InterruptedException {
        SentenceTyping.preload();
        // the test spreads the wait so that one exit falls inside ONNX Runtime's loading
        Thread.sleep(Long.parseLong(args.length > 0 ? args[0] : "150"));
    }
}
