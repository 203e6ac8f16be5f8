package io.github.camelsfmc.benchmarks;

/** The three ways of entering contacts that the end-to-end benchmark compares. */
public enum Variant {

    SINGLE("sfmc-journey single", "C callers, one contact per request through sfmc-journey"),
    BATCH("sfmc-journey batch", "aggregate(SfmcJourneyAggregationStrategy, completionSize B) then sfmc-journey, C batches in flight"),
    HAND_WRITTEN("hand-written camel-http", "C callers, cached token + Jackson marshal + camel-http, one contact per request");

    private final String label;
    private final String description;

    Variant(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    public int contactsPerRequest(int batchSize) {
        return this == BATCH ? batchSize : 1;
    }
}
