package com.partnerportal.accounts.internal;

import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.invoke.MethodHandle;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The threads that compute password hashes, one per core, below the pages in the operating system's scheduler.
 * A hash is some 25 ms of CPU at once; at the default priority, each step of the other requests (a database answer
 * to read, a page to render) shares a core with it, and with users arriving at random nearly every slow page had a
 * login in progress (docs/performance.md). {@value #NICER_BY} steps nicer than the process, a hash yields its core
 * to a request as soon as one is ready and still uses every idle moment, so logins alone run as fast (R4.3).
 */
public final class PasswordHashingThreads implements AutoCloseable {

    /**
     * How much nicer than the process a hashing thread is. Linux weighs a thread 10 steps nicer at a tenth: a hash
     * still progresses beside busy pages.
     */
    public static final int NICER_BY = 10;

    private static final int NICEST = 19;

    private static final Logger log = LoggerFactory.getLogger(PasswordHashingThreads.class);

    private final ExecutorService threads;

    /** That many hashing threads; hashes beyond them wait in arrival order. */
    public PasswordHashingThreads(int count) {
        var created = new AtomicInteger();
        ThreadFactory lowered = task -> Thread.ofPlatform()
                .name("password-hash-" + created.incrementAndGet())
                .daemon(true)
                .unstarted(() -> {
                    lowerThisThreadsPriority();
                    task.run();
                });
        threads = Executors.newFixedThreadPool(count, lowered);
    }

    /** Computes the hash on one of the threads; the caller (a request's virtual thread) waits, parked. */
    public <T> T compute(Supplier<T> hash) {
        try {
            return CompletableFuture.supplyAsync(hash, threads).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    @Override
    public void close() {
        threads.close();
    }

    private static void lowerThisThreadsPriority() {
        if (!madeThisThreadNicer()) {
            log.info("Password hashes run at the default priority: this system does not let a thread lower its own");
        }
    }

    private static boolean madeThisThreadNicer() {
        if (Libc.GETTID == null || Libc.GETPRIORITY == null || Libc.SETPRIORITY == null) {
            return false;
        }
        try {
            int thread = (int) Libc.GETTID.invokeExact();
            int niceness = (int) Libc.GETPRIORITY.invokeExact(Libc.PRIO_PROCESS, thread);
            int nicer = Math.min(NICEST, niceness + NICER_BY);
            return (int) Libc.SETPRIORITY.invokeExact(Libc.PRIO_PROCESS, thread, nicer) == 0;
        } catch (Throwable e) {
            return false;
        }
    }

    /** The C library's functions, linked when the first hashing thread starts rather than with the application. */
    private static final class Libc {
        static final int PRIO_PROCESS = 0;
        static final MethodHandle GETTID = find("gettid", FunctionDescriptor.of(JAVA_INT));
        static final MethodHandle GETPRIORITY =
                find("getpriority", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT));
        static final MethodHandle SETPRIORITY =
                find("setpriority", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT));

        private static MethodHandle find(String function, FunctionDescriptor signature) {
            try {
                var linker = Linker.nativeLinker();
                return linker.defaultLookup()
                        .find(function)
                        .map(address -> linker.downcallHandle(address, signature))
                        .orElse(null);
            } catch (RuntimeException | LinkageError e) {
                return null;
            }
        }
    }
}
