package org.anjian.exchange.internal;

import org.anjian.api.exchange.DeadLetter;

/** Where dead letters are announced for operators and monitoring (an Artemis queue in the container). */
public interface DeadLetterQueue {

    /** Puts the dead letter on the queue; at most once per dead letter id. */
    void publish(DeadLetter letter) throws Exception;

    /** Takes the dead letter off the queue after it was replayed; true when it was there. */
    boolean remove(long deadLetterId) throws Exception;
}
