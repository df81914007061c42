package org.anjian.api.exchange;

import java.util.Objects;

/**
 * What a peer's callback answers to a request it accepted: a 2xx status and a JSON body in that peer's contract.
 * Requests it does not accept are answered through exceptions instead: a {@code ValidationException} (400, naming
 * the field) or an {@link UnauthenticatedPeerException} (401).
 */
public record InboundReply(int status, String json) {
    public InboundReply {
        if (status < 200 || status > 299) {
            throw new IllegalArgumentException("a callback reply is a 2xx status, not " + status);
        }
        Objects.requireNonNull(json, "json");
    }

    /** 200 with the body. */
    public static InboundReply ok(String json) {
        return new InboundReply(200, json);
    }
}
