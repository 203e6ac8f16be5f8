package io.github.camelsfmc.journey;

/**
 * How hard a check acts on what it finds: {@code OFF} skips it, {@code WARN} logs (and, per message, sets a header),
 * {@code STRICT} fails the start-up or rejects the contact before anything is sent.
 */
public enum CheckMode {
    OFF,
    WARN,
    STRICT
}
