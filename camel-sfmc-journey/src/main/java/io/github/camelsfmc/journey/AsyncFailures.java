package io.github.camelsfmc.journey;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Reading failures that come back through {@link java.util.concurrent.CompletableFuture}s, which wrap them.
 */
public final class AsyncFailures {

    private AsyncFailures() {
    }

    /** The failure itself, without the {@link CompletionException} or {@link ExecutionException} around it. */
    public static Throwable unwrap(Throwable error) {
        Throwable failure = error;
        while ((failure instanceof CompletionException || failure instanceof ExecutionException) && failure.getCause() != null) {
            failure = failure.getCause();
        }
        return failure;
    }

    /** The message of the innermost cause, or its class name when it has none. */
    public static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }
}
