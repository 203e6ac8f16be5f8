package io.github.camelsfmc.benchmarks;

/** JMH average time per contact, in microseconds, of mapping and serializing one 10-field contact. */
public record CpuCostResult(double batchMemberMicros, double batchMemberError, double singleEventMicros,
        double singleEventError, String jmhSetup) {

    public static final double TARGET_MICROS = 20;

    public double worstMicros() {
        return Math.max(batchMemberMicros, singleEventMicros);
    }

    public boolean withinTarget() {
        return worstMicros() < TARGET_MICROS;
    }
}
