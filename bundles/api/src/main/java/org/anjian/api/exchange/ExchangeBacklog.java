package org.anjian.api.exchange;

/** What one peer has yet to receive. */
public record ExchangeBacklog(String peer, long pending, long deadLetters, boolean running) {
}
