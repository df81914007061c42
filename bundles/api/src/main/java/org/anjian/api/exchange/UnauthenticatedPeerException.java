package org.anjian.api.exchange;

/**
 * A callback request that its peer did not sign (a missing or unknown app key, a timestamp outside the window, a
 * replayed nonce, a signature that does not match): answered 401, and nothing of it is applied or stored.
 */
public class UnauthenticatedPeerException extends RuntimeException {
    public UnauthenticatedPeerException(String message) {
        super(message);
    }
}
