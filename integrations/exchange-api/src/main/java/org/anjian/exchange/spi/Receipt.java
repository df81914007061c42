package org.anjian.exchange.spi;

/** The peer's answer for one record; {@code reason} and {@code field} explain a rejection. */
public record Receipt(String idempotencyKey, Outcome outcome, String reason, String field) {

    public static Receipt of(String key, Outcome outcome) {
        return new Receipt(key, outcome, null, null);
    }

    public static Receipt rejected(String key, String reason, String field) {
        return new Receipt(key, Outcome.REJECTED, reason, field);
    }
}
