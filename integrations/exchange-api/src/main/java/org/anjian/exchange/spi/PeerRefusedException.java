package org.anjian.exchange.spi;

/**
 * The peer refused the request as a whole (authentication, an invalid request): retrying the same thing
 * cannot help. The run stops; nothing of the request is acknowledged.
 */
public class PeerRefusedException extends Exception {
    public PeerRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
