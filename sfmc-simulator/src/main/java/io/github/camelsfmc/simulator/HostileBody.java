/*
 * Copyright 2026 the camel-sfmc-journey authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.camelsfmc.simulator;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;

/**
 * Writes an answer the way {@link HostileAnswers.ApiSettings} says: padded to an oversized length (streamed, never
 * held in memory) and/or trickled a few bytes at a time on the delay scheduler, so no worker thread waits.
 */
final class HostileBody {
    private static final int WRITE_CHUNK = 64 * 1024;
    private static final byte PAD = 'x';

    private final byte[] prefix;
    private final long padding;
    private final byte[] suffix;
    private long position;

    private HostileBody(byte[] prefix, long padding, byte[] suffix) {
        this.prefix = prefix;
        this.padding = padding;
        this.suffix = suffix;
    }

    /** The JSON object {@code json}, with a {@code "padding"} property making it {@code size} bytes when larger. */
    static HostileBody of(byte[] json, long size) {
        int close = json.length - 1;
        if (size <= json.length || close < 1 || json[close] != '}') {
            return new HostileBody(json, 0, new byte[0]);
        }
        boolean empty = json[close - 1] == '{';
        byte[] open = ((empty ? "" : ",") + "\"padding\":\"").getBytes(StandardCharsets.UTF_8);
        byte[] prefix = new byte[close + open.length];
        System.arraycopy(json, 0, prefix, 0, close);
        System.arraycopy(open, 0, prefix, close, open.length);
        byte[] suffix = "\"}".getBytes(StandardCharsets.UTF_8);
        long padding = Math.max(0, size - prefix.length - suffix.length);
        return new HostileBody(prefix, padding, suffix);
    }

    long length() {
        return prefix.length + padding + suffix.length;
    }

    /** Sends headers, then the body: at once (in chunks) or trickled on {@code scheduler}. */
    void send(HttpExchange ex, int status, HostileAnswers.ApiSettings s, ScheduledExecutorService scheduler)
            throws IOException {
        ex.sendResponseHeaders(status, length());
        OutputStream out = ex.getResponseBody();
        if (!s.trickles() || scheduler == null) {
            try (out) {
                byte[] buf = new byte[WRITE_CHUNK];
                int n;
                while ((n = next(buf, buf.length)) > 0) {
                    out.write(buf, 0, n);
                }
            }
            return;
        }
        trickle(ex, out, new byte[s.trickleBytes()], s.trickleInterval().toNanos(), scheduler);
    }

    private void trickle(
            HttpExchange ex, OutputStream out, byte[] buf, long intervalNanos, ScheduledExecutorService scheduler) {
        Runnable step = () -> {
            try {
                int n = next(buf, buf.length);
                out.write(buf, 0, n);
                out.flush();
                if (position < length()) {
                    trickle(ex, out, buf, intervalNanos, scheduler);
                } else {
                    out.close();
                }
            } catch (IOException | RuntimeException e) {
                ex.close(); // the client went away
            }
        };
        try {
            scheduler.schedule(step, intervalNanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            ex.close(); // shutting down
        }
    }

    /** Copies the next bytes of the body into {@code buf}; how many (0 at the end). */
    private int next(byte[] buf, int max) {
        int n = 0;
        while (n < max && position < length()) {
            long p = position;
            if (p < prefix.length) {
                int k = (int) Math.min(max - n, prefix.length - p);
                System.arraycopy(prefix, (int) p, buf, n, k);
                n += k;
                position += k;
            } else if (p < prefix.length + padding) {
                int k = (int) Math.min(max - n, prefix.length + padding - p);
                java.util.Arrays.fill(buf, n, n + k, PAD);
                n += k;
                position += k;
            } else {
                int from = (int) (p - prefix.length - padding);
                int k = Math.min(max - n, suffix.length - from);
                System.arraycopy(suffix, from, buf, n, k);
                n += k;
                position += k;
            }
        }
        return n;
    }
}
