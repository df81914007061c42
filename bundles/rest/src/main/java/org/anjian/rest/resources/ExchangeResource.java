package org.anjian.rest.resources;

import java.util.List;
import java.util.function.Supplier;
import javax.validation.Valid;
import javax.validation.constraints.NotBlank;
import javax.validation.constraints.NotNull;
import javax.validation.constraints.Size;
import javax.ws.rs.BeanParam;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.ServiceUnavailableException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.anjian.api.common.NotFoundException;
import org.anjian.api.common.Page;
import org.anjian.api.common.PageRequest;
import org.anjian.api.exchange.DeadLetter;
import org.anjian.api.exchange.ExchangeBacklog;
import org.anjian.api.exchange.ExchangeRun;
import org.anjian.api.exchange.ExchangeService;
import org.anjian.api.rest.Paging;
import org.anjian.api.rest.Responds;
import org.anjian.api.security.AnjianPrincipal;
import org.anjian.rest.security.Callers;

/**
 * The exchange with peers, for operators: the run ledger, running a peer now, the backlog and the dead
 * letters. Answers 503 while the exchange feature is not installed.
 */
@Path("/exchange")
@Produces(MediaType.APPLICATION_JSON)
public class ExchangeResource {
    private static final String NOT_INSTALLED = "the exchange is not installed (feature anjian-exchange)";

    private final Supplier<ExchangeService> exchange;

    public ExchangeResource(Supplier<ExchangeService> exchange) {
        this.exchange = exchange;
    }

    /** {@code {"peers":["province"]}} */
    public record PeerList(@NotNull List<String> peers) {
    }

    /** The body of {@code POST /exchange/runs}. */
    public record RunRequest(@NotBlank @Size(min = 1, max = 64) String peer) {
    }

    /** The states of a dead letter. */
    public enum DeadLetterStatus { OPEN, REPLAYED }

    @GET
    @Path("peers")
    @Responds(status = 503, when = NOT_INSTALLED)
    public PeerList peers(@Context SecurityContext sc) {
        Callers.of(sc);
        return new PeerList(service().peers());
    }

    @GET
    @Path("runs")
    @Responds(status = 503, when = NOT_INSTALLED)
    public Page<ExchangeRun> runs(@Context SecurityContext sc, @QueryParam("peer") @Size(max = 64) String peer,
                                  @Valid @BeanParam Paging paging) {
        AnjianPrincipal caller = Callers.of(sc);
        PageRequest page = paging.toPageRequest();
        return service().runs(caller, blankToNull(peer), page.offset(), page.limit());
    }

    @GET
    @Path("runs/{id}")
    @Responds(status = 503, when = NOT_INSTALLED)
    public ExchangeRun run(@Context SecurityContext sc, @PathParam("id") long id) {
        AnjianPrincipal caller = Callers.of(sc);
        return service().run(caller, id).orElseThrow(() -> new NotFoundException("exchange run", String.valueOf(id)));
    }

    /** Runs the exchange with a peer now: body {@code {"peer":"province"}}; answers the finished run. */
    @POST
    @Path("runs")
    @Consumes(MediaType.APPLICATION_JSON)
    @Responds(status = 409, when = "a run with this peer is under way")
    @Responds(status = 503, when = NOT_INSTALLED)
    public ExchangeRun runNow(@Context SecurityContext sc, @NotNull @Valid RunRequest request) {
        AnjianPrincipal caller = Callers.of(sc);
        return service().runNow(caller, request.peer());
    }

    @GET
    @Path("backlog")
    @Responds(status = 503, when = NOT_INSTALLED)
    public ExchangeBacklog backlog(@Context SecurityContext sc, @QueryParam("peer") @Size(max = 64) String peer) {
        return service().backlog(Callers.of(sc), peer);
    }

    @GET
    @Path("dead-letters")
    @Responds(status = 503, when = NOT_INSTALLED)
    public Page<DeadLetter> deadLetters(@Context SecurityContext sc, @QueryParam("peer") @Size(max = 64) String peer,
                                        @QueryParam("status") DeadLetterStatus status, @Valid @BeanParam Paging paging) {
        AnjianPrincipal caller = Callers.of(sc);
        PageRequest page = paging.toPageRequest();
        return service().deadLetters(caller, blankToNull(peer), status == null ? null : status.name(),
                page.offset(), page.limit());
    }

    /** Queues a dead letter again for the next run. */
    @POST
    @Path("dead-letters/{id}/replay")
    @Responds(status = 409, when = "the dead letter was already replayed")
    @Responds(status = 503, when = NOT_INSTALLED)
    public DeadLetter replay(@Context SecurityContext sc, @PathParam("id") long id) {
        AnjianPrincipal caller = Callers.of(sc);
        return service().replay(caller, id);
    }

    /**
     * A peer's callback: the request as received (raw bytes, whole path, raw query, headers) goes to the peer, which
     * checks its signature before anything parses the body. No user credentials: the peer's signature is its
     * credential. The answer is in the peer's own contract.
     */
    @POST
    @Path("{peer}/{resource: .+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @io.swagger.v3.oas.annotations.Operation(summary = "A peer's callback (signed by the peer: X-App-Key, X-Timestamp,"
            + " X-Nonce, X-Signature over method, path, sorted query, body hash, timestamp and nonce)")
    @Responds(status = 401, when = "the request is not signed by the peer, is outside the five-minute window, or replays a nonce")
    @Responds(status = 404, when = "no configured peer of this id takes callbacks, or it does not take this resource")
    @Responds(status = 503, when = NOT_INSTALLED)
    public javax.ws.rs.core.Response callback(@PathParam("peer") @javax.validation.constraints.Pattern(
                                                      regexp = "[a-z0-9][a-z0-9-]{0,63}",
                                                      message = "must be a peer id (lower-case letters, digits, -)") String peer,
                                              @PathParam("resource") @Size(max = 256) String resource,
                                              @Context javax.ws.rs.core.UriInfo uri,
                                              @Context javax.ws.rs.core.HttpHeaders headers,
                                              @io.swagger.v3.oas.annotations.parameters.RequestBody(
                                                      description = "In the peer's own contract; checked by the peer"
                                                              + " on these bytes before anything parses them",
                                                      content = @io.swagger.v3.oas.annotations.media.Content(
                                                              mediaType = MediaType.APPLICATION_JSON,
                                                              schema = @io.swagger.v3.oas.annotations.media.Schema(
                                                                      type = "string", format = "binary")))
                                              java.io.InputStream body) throws java.io.IOException {
        ExchangeService s = service();
        java.util.Map<String, String> first = new java.util.LinkedHashMap<>();
        headers.getRequestHeaders().forEach((name, values) -> {
            if (!values.isEmpty()) {
                first.put(name, values.get(0));
            }
        });
        String rawQuery = uri.getRequestUri().getRawQuery();
        byte[] bytes = body == null ? new byte[0] : body.readAllBytes();
        org.anjian.api.exchange.InboundReply reply = s.receive(peer, new org.anjian.api.exchange.InboundRequest(
                "POST", uri.getRequestUri().getRawPath(), resource, rawQuery, bytes, first));
        return javax.ws.rs.core.Response.status(reply.status()).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(reply.json()).build();
    }

    private ExchangeService service() {
        ExchangeService s = exchange.get();
        if (s == null) {
            throw new ServiceUnavailableException(NOT_INSTALLED);
        }
        return s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
