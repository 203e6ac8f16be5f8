package io.github.camelsfmc.benchmarks;

/** One target of issue 9: its status, what was measured, and, when missed, by how much and why. */
public record TargetVerdict(String target, Status status, String measured, String analysis) {

    public enum Status {
        PASS, FAIL, NOT_MEASURED
    }

    public static TargetVerdict of(String target, boolean pass, String measured, String analysisIfMissed) {
        return new TargetVerdict(target, pass ? Status.PASS : Status.FAIL, measured, pass ? "" : analysisIfMissed);
    }

    public static TargetVerdict notMeasured(String target, String why) {
        return new TargetVerdict(target, Status.NOT_MEASURED, "-", why);
    }
}
