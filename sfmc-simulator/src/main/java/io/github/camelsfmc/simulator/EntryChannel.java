package io.github.camelsfmc.simulator;

/** How a contact was sent: {@code POST /interaction/v1/events} or {@code POST /interaction/v1/async/events}. */
public enum EntryChannel {
    SINGLE,
    BATCH
}
