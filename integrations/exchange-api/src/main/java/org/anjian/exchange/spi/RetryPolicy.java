package org.anjian.exchange.spi;

import java.time.Duration;

/**
 * Exponential backoff with a cap: attempt n (1-based) waits {@code initialDelay * multiplier^(n-1)},
 * at most {@code maxDelay}; a peer's Retry-After is honoured up to {@code maxDelay}. After
 * {@code maxAttempts} attempts the run gives up and the records stay in the backlog.
 */
public record RetryPolicy(int maxAttempts, Duration initialDelay, double multiplier, Duration maxDelay) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        if (initialDelay.isNegative() || maxDelay.isNegative() || maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("delays must satisfy 0 <= initialDelay <= maxDelay");
        }
        if (multiplier < 1.0) {
            throw new IllegalArgumentException("multiplier must be at least 1");
        }
    }

    /** The wait after the given failed attempt (1-based), before the next one. */
    public Duration delayAfter(int attempt, Duration retryAfter) {
        double millis = initialDelay.toMillis() * Math.pow(multiplier, Math.max(0, attempt - 1));
        long capped = (long) Math.min(millis, maxDelay.toMillis());
        if (retryAfter != null && retryAfter.toMillis() > capped) {
            capped = Math.min(retryAfter.toMillis(), maxDelay.toMillis());
        }
        return Duration.ofMillis(capped);
    }
}
