package org.anjian.exchange.spi;

import java.util.Optional;
import org.anjian.api.exchange.InboundReply;
import org.anjian.api.exchange.InboundRequest;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * What a peer receives pushed to {@code POST /api/v1/exchange/{peer}/{resource}} (reports, evidence, policies), in
 * two steps the engine keeps apart: {@link #authenticate} on the raw request before anything parses it, then
 * {@link #receive} of an authentic request, recorded in the run ledger as an inbound run with the trigger
 * {@code callback}. Records are kept through the same {@link InboundContext} as a poll's, so a record pushed and
 * later polled (or pushed twice) is one record.
 *
 * @since 1.2
 */
@ConsumerType
public interface InboundCallback {

    /**
     * Checks that the peer sent the request (for an HMAC-signing peer: {@link org.anjian.exchange.http.HmacVerifier});
     * empty when it did, otherwise why not. A refused request is answered 401 and nothing of it is stored.
     */
    Optional<String> authenticate(InboundRequest request);

    /**
     * Applies an authentic request through the context and answers in the peer's contract. A body that does not
     * hold is a {@link org.anjian.api.common.ValidationException} naming the field, thrown before anything is
     * upserted; a resource the peer does not take is a {@link org.anjian.api.common.NotFoundException}.
     */
    InboundReply receive(InboundRequest request, InboundContext context);

    /** A reply without a body of its own: {@code {"received":n}}. */
    static InboundReply received(int records) {
        return InboundReply.ok("{\"received\":" + records + "}");
    }
}
