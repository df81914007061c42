package org.anjian.exchange.spi;

import java.time.Duration;

/**
 * The peer could not be reached or answered that it is temporarily unavailable. The request may or may
 * not have been applied; the exchange sends it again (same keys) after a backoff.
 */
public class PeerUnavailableException extends Exception {
    private final Duration retryAfter;

    public PeerUnavailableException(String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.retryAfter = retryAfter;
    }

    public PeerUnavailableException(String message, Throwable cause) {
        this(message, null, cause);
    }

    /** What the peer asked for (HTTP Retry-After), or null. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
