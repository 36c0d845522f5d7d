package com.agencyos.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * When an integration test fails because something did not answer in time, writes where every thread of the JVM
 * stood to {@code target/thread-dumps/<test>.txt}, busiest threads first, and rethrows. A hang on a loaded CI
 * machine is otherwise unexplainable after the fact; {@code ./agency-os test} prints these files when it fails.
 */
public final class ThreadDumpOnTimeout implements TestExecutionExceptionHandler {

    private static final int FRAMES = 12;

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        if (timedOut(failure)) {
            String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
            Path file = Path.of("target", "thread-dumps", name + ".txt");
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, "Thread dump after a timeout in " + name + "\n" + dump(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                failure.addSuppressed(new UncheckedIOException("could not write " + file, e));
            }
        }
        throw failure;
    }

    static boolean timedOut(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException || cause.getClass().getSimpleName().equals("ConditionTimeoutException")
                    || String.valueOf(cause.getMessage()).contains("Timeout on blocking read")) {
                return true;
            }
        }
        return false;
    }

    static String dump() {
        ThreadInfo[] threads = ManagementFactory.getThreadMXBean().dumpAllThreads(true, true);
        StringBuilder out = new StringBuilder();
        Arrays.stream(threads)
                .sorted(Comparator.comparingInt(ThreadDumpOnTimeout::idleness).thenComparing(ThreadInfo::getThreadName))
                .forEach(thread -> {
                    out.append('"').append(thread.getThreadName()).append("\" ").append(thread.getThreadState());
                    if (thread.getLockName() != null) {
                        out.append(" on ").append(thread.getLockName());
                    }
                    if (thread.getLockOwnerName() != null) {
                        out.append(" owned by \"").append(thread.getLockOwnerName()).append('"');
                    }
                    out.append('\n');
                    StackTraceElement[] frames = thread.getStackTrace();
                    for (int i = 0; i < Math.min(FRAMES, frames.length); i++) {
                        out.append("    at ").append(frames[i]).append('\n');
                    }
                });
        return out.toString();
    }

    /** Blocked and running threads first, then threads parked outside the usual idle places, then idle ones. */
    private static int idleness(ThreadInfo thread) {
        return switch (thread.getThreadState()) {
            case BLOCKED -> 0;
            case RUNNABLE -> thread.getStackTrace().length > 0
                    && thread.getStackTrace()[0].getMethodName().matches("epollWait|epollWait0|accept0|poll0|select0|read0") ? 3 : 1;
            default -> Arrays.stream(thread.getStackTrace()).limit(6)
                    .anyMatch(frame -> frame.getClassName().contains("ThreadPoolExecutor")
                            || frame.getClassName().contains("ScheduledThreadPoolExecutor")
                            || frame.getClassName().contains("ForkJoinPool")) ? 3 : 2;
        };
    }
}
