package org.anjian.exchange.spi;

import org.osgi.annotation.versioning.ConsumerType;

/** Pulling records down from a peer on a schedule (findings from the province, reports from grids). */
@ConsumerType
public interface InboundPoll {

    /** Quartz cron expression; blank = manual only. */
    String schedule();

    /**
     * Fetches what is new since the stored cursor, upserts it through the context and stores the cursor
     * after the records are committed. Returns the number of records received.
     */
    int poll(InboundContext context) throws PeerUnavailableException, PeerRefusedException;
}
