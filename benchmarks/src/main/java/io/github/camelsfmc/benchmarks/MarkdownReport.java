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
package io.github.camelsfmc.benchmarks;

import java.util.List;
import java.util.Optional;

/** The benchmark report as Markdown: settings, throughput table, ratios, CPU, tokens, heap, and the targets. */
public final class MarkdownReport {

    private MarkdownReport() {}

    public static String render(BenchmarkResults results, List<TargetVerdict> verdicts, String chartFileName) {
        BenchmarkSettings s = results.settings();
        StringBuilder md = new StringBuilder();
        md.append("# sfmc-journey benchmark results\n\n");
        md.append("- Mode: `")
                .append(s.mode())
                .append("`")
                .append(s.mode().equals("quick") ? " (harness check only: these numbers mean nothing)" : "")
                .append('\n');
        md.append("- Commit: ").append(results.revision()).append('\n');
        md.append("- Started: ").append(results.startedAt()).append('\n');
        md.append("- JVM: ").append(results.jvm()).append('\n');
        md.append("- Machine before: ").append(results.loadBefore()).append('\n');
        md.append("- Machine after: ").append(results.loadAfter()).append('\n');
        md.append(String.format(
                "- Simulator: in-process, added latency L = %d ms per request, batch size B = %d,"
                        + " contacts of %d fields%n",
                s.latencyMillis(), s.batchSize(), BenchmarkJourney.FIELD_COUNT));
        md.append(String.format(
                "- Each run sends about %.1f s worth of contacts at its theoretical limit (at least %d),"
                        + " in a fresh CamelContext, after one warm-up run per variant; %d runs per variant and"
                        + " concurrency, the variants taking turns%n%n",
                s.secondsPerRun(), s.minContactsPerRun(), s.repetitions()));

        TargetTable.append(md, "Targets", verdicts);

        md.append("\n## Throughput\n\n");
        for (Variant v : Variant.values()) {
            md.append("- **")
                    .append(v.label())
                    .append("**: ")
                    .append(v.description())
                    .append('\n');
        }
        md.append("\nLimit = C / L for one contact per request, C x B / L for batches. Mean request = C x contacts per"
                + " request / throughput, the time each request was in flight as the throughput implies it. Each run"
                + " first sends C requests' worth of contacts, untimed: Start-up is how long they took (the token, the"
                + " first connections and, for sfmc-journey, the journey preflight). Contacts and Seconds are the"
                + " timed part that follows; Entered counts both. Each variant ran "
                + s.repetitions()
                + " time(s) at each C, the variants taking turns; a row is the median run by throughput, and"
                + " Range is the slowest and the fastest run.\n\n");
        md.append("| Variant | C | Start-up (ms) | Contacts | Seconds | Contacts/s | Range | Limit/s | % of limit |"
                + " Mean request (ms) | Token requests | Entered (simulator) |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (int c : s.concurrencies()) {
            for (Variant v : Variant.values()) {
                results.run(v, c)
                        .ifPresent(r -> md.append(String.format(
                                "| %s | %d | %,.0f | %,d | %.2f | %,.1f | %s | %,.0f | %.1f%% | %.1f | %d | %,d%s |%n",
                                v.label(),
                                c,
                                r.startupSeconds() * 1000,
                                r.contacts(),
                                r.seconds(),
                                r.contactsPerSecond(),
                                range(results.runs(v, c)),
                                r.limit(),
                                r.fractionOfLimit() * 100,
                                r.impliedRequestMillis(s.batchSize()),
                                r.tokenRequests(),
                                r.entered(),
                                r.countsAgree()
                                        ? ""
                                        : " (MISMATCH: delivered " + r.delivered() + ", failed " + r.failed() + ")")));
            }
        }
        md.append("\n| C | batch / single | single / hand-written | batch / hand-written batch | batch % of C×B/L |"
                + " single % of C/L | hand-written % of C/L |\n|---:|---:|---:|---:|---:|---:|---:|\n");
        for (int c : s.concurrencies()) {
            Optional<RunResult> batch = results.run(Variant.BATCH, c);
            Optional<RunResult> single = results.run(Variant.SINGLE, c);
            Optional<RunResult> hand = results.run(Variant.HAND_WRITTEN, c);
            Optional<RunResult> handBatch = results.run(Variant.HAND_WRITTEN_BATCH, c);
            md.append("| ")
                    .append(c)
                    .append(" | ")
                    .append(ratio(batch, single))
                    .append(" | ")
                    .append(ratio(single, hand))
                    .append(" | ")
                    .append(ratio(batch, handBatch))
                    .append(" | ")
                    .append(percent(batch))
                    .append(" | ")
                    .append(percent(single))
                    .append(" | ")
                    .append(percent(hand))
                    .append(" |\n");
        }
        if (chartFileName != null) {
            md.append("\n![contacts per second against concurrency](")
                    .append(chartFileName)
                    .append(")\n");
        }

        CpuCostResult cpu = results.cpu();
        md.append("\n## CPU per contact (JMH)\n\n");
        if (cpu == null) {
            md.append("Skipped.\n");
        } else {
            md.append(
                    "The serializer of the component is package-private, so this measures its closest public"
                            + " equivalent: the public `EntryEventMapper` the producer uses, then Jackson writing the same"
                            + " payload type (`BatchEntryMember` / `EntryEvent`) with the component's default ObjectMapper.\n\n");
            md.append("| Benchmark | us/contact | error (99.9%) |\n|---|---:|---:|\n");
            md.append(String.format(
                    "| map + serialize as batch member | %.3f | ±%.3f |%n",
                    cpu.batchMemberMicros(), cpu.batchMemberError()));
            md.append(String.format(
                    "| map + serialize as single event | %.3f | ±%.3f |%n",
                    cpu.singleEventMicros(), cpu.singleEventError()));
            md.append("\n").append(cpu.jmhSetup()).append(".\n");
        }

        HttpClientProbeResult probe = results.httpProbe();
        if (probe != null) {
            md.append("\n## HTTP clients alone\n\n");
            md.append(String.format(
                    "The same single-entry POST, one at a time, no Camel, %d requests each, alternating in"
                            + " rounds: Apache HttpClient 5 async (the component's transport) **%.2f ms**,"
                            + " Apache HttpClient 5 classic (what camel-http uses) **%.2f ms** per request"
                            + " (difference %+.2f ms; the simulated latency is %d ms).%n",
                    probe.requestsPerClient(),
                    probe.asyncMillis(),
                    probe.classicMillis(),
                    probe.differenceMillis(),
                    s.latencyMillis()));
        }

        TokenEconomyResult t = results.tokens();
        md.append("\n## Token economy\n\n");
        md.append(String.format(
                "Every throughput run above started with no cached token; their token requests are in"
                        + " the table (%d runs).%n",
                results.runs().size()));
        if (t != null) {
            md.append(String.format(
                    "%nRefresh phase: %d credentials, %d concurrent callers each, %.1f s, tokens living"
                            + " %d s and refreshed %d s before expiry (one token per %.0f s): %d token requests"
                            + " for %,d contacts sent; one per lifetime per credentials means %d each"
                            + " (%d-%d in all, the last lifetime may not have begun).%n",
                    t.credentials(),
                    t.callersPerCredentials(),
                    t.seconds(),
                    t.lifetimeSeconds(),
                    t.refreshMarginSeconds(),
                    t.refreshPeriodSeconds(),
                    t.tokenRequests(),
                    t.contacts(),
                    t.expectedPerCredentials(),
                    (t.expectedPerCredentials() - 1) * t.credentials(),
                    t.expectedPerCredentials() * t.credentials()));
        }

        HeapResult heap = results.heap();
        md.append("\n## Heap in batch mode\n\n");
        if (heap == null) {
            md.append("Skipped.\n");
        } else {
            md.append(String.format(
                    "%,d contacts through batch mode at C=%d in %.1f s (%,.0f contacts/s while sampling)."
                            + " Heap used after a full GC (MemoryMXBean), sampled every %.1f s; the in-process"
                            + " simulator's record of entered contacts is cleared before each sample, as it is"
                            + " not the route's memory. Peak **%.1f MB**, last third vs first third %+.1f MB.%n%n",
                    heap.delivered(),
                    heap.concurrency(),
                    heap.seconds(),
                    heap.delivered() / heap.seconds(),
                    s.heapSampleSeconds(),
                    Targets.mb(heap.peakBytes()),
                    Targets.mb(heap.growthBytes())));
            md.append("| Seconds | Contacts done | Heap used after GC (MB) |\n|---:|---:|---:|\n");
            List<HeapResult.Sample> samples = heap.samples();
            int step = Math.max(1, samples.size() / 12);
            for (int i = 0; i < samples.size(); i += step) {
                appendSample(md, samples.get(i));
            }
            if ((samples.size() - 1) % step != 0) {
                appendSample(md, samples.get(samples.size() - 1));
            }
        }
        return md.toString();
    }

    private static void appendSample(StringBuilder md, HeapResult.Sample sample) {
        md.append(String.format(
                "| %.1f | %,d | %.1f |%n", sample.atSeconds(), sample.contactsDone(), Targets.mb(sample.usedBytes())));
    }

    /** The slowest and the fastest of the runs, in contacts/s. */
    private static String range(List<RunResult> runs) {
        return String.format(
                "%,.1f–%,.1f",
                runs.get(0).contactsPerSecond(), runs.get(runs.size() - 1).contactsPerSecond());
    }

    private static String ratio(Optional<RunResult> a, Optional<RunResult> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return "-";
        }
        return String.format("%.2fx", a.get().contactsPerSecond() / b.get().contactsPerSecond());
    }

    private static String percent(Optional<RunResult> r) {
        return r.map(x -> String.format("%.1f%%", x.fractionOfLimit() * 100)).orElse("-");
    }
}
