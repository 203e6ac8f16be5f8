package io.github.camelsfmc.examples.file;

/**
 * A row that did not reach the journey queue. {@code outcome} is {@code rejected} (the contact itself was refused:
 * replaying it unchanged fails again) or {@code failed} (its request failed as a whole: replaying it later is safe).
 */
public record RowProblem(long row, String contactKey, String outcome, String reason) {

    public static final String REJECTED = "rejected";
    public static final String FAILED = "failed";
}
