package org.anjian.exchange.spi;

/** What became of one record sent to a peer. */
public enum Outcome {
    /** The peer stored it. */
    ACCEPTED,
    /** The peer already had the key: stored before (a lost receipt, a replay). A success. */
    DUPLICATE,
    /** The peer (or the mapping for it) found the record invalid: it becomes a dead letter. */
    REJECTED,
    /** The peer does not receive this kind of record. */
    SKIPPED;

    public boolean acknowledged() {
        return this == ACCEPTED || this == DUPLICATE;
    }
}
