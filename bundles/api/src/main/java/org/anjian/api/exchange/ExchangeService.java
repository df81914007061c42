package org.anjian.api.exchange;

import org.osgi.annotation.versioning.ProviderType;

import java.util.List;
import java.util.Optional;
import org.anjian.api.common.Page;
import org.anjian.api.security.AnjianPrincipal;

/**
 * The exchange as operators drive it. Reading needs a bureau administrator or leader; running and
 * replaying need a bureau administrator (or the system).
 */
@ProviderType
public interface ExchangeService {

    /** The peers configured in this installation, e.g. {@code province}. */
    List<String> peers();

    /** The run ledger, newest first; {@code peer} null means every peer. */
    Page<ExchangeRun> runs(AnjianPrincipal caller, String peer, int offset, int limit);

    Optional<ExchangeRun> run(AnjianPrincipal caller, long id);

    /**
     * Runs the exchange with the peer now and returns the finished run. A run already under way for the
     * peer is a {@code ConflictException}; an unknown peer a {@code ValidationException} naming {@code peer}.
     */
    ExchangeRun runNow(AnjianPrincipal caller, String peer);

    ExchangeBacklog backlog(AnjianPrincipal caller, String peer);

    /** Dead letters, newest first; {@code status} null means every status. */
    Page<DeadLetter> deadLetters(AnjianPrincipal caller, String peer, String status, int offset, int limit);

    /** Queues an open dead letter again: the next run sends it (with its key) once more. */
    DeadLetter replay(AnjianPrincipal caller, long deadLetterId);

    /**
     * A request a peer sent to its callback, as received. The peer checks its signature on the raw bytes first (an
     * {@link UnauthenticatedPeerException} when it does not hold: nothing applied); then applies it, recorded in the
     * run ledger as an inbound run with the trigger {@code callback}. A peer that is not configured, or takes no
     * callbacks, is a {@code NotFoundException}; a body that does not hold a {@code ValidationException} naming the
     * field, with nothing applied.
     *
     * @since 1.1
     */
    InboundReply receive(String peer, InboundRequest request);
}
