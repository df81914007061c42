package org.anjian.rest.resources;

import java.util.Map;
import java.util.function.Supplier;
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
import org.anjian.api.common.ValidationException;
import org.anjian.api.exchange.DeadLetter;
import org.anjian.api.exchange.ExchangeBacklog;
import org.anjian.api.exchange.ExchangeRun;
import org.anjian.api.exchange.ExchangeService;
import org.anjian.api.security.AnjianPrincipal;
import org.anjian.rest.security.Callers;

/**
 * The exchange with peers, for operators: the run ledger, running a peer now, the backlog and the dead
 * letters. Answers 503 while the exchange feature is not installed.
 */
@Path("/exchange")
@Produces(MediaType.APPLICATION_JSON)
public class ExchangeResource {
    private final Supplier<ExchangeService> exchange;

    public ExchangeResource(Supplier<ExchangeService> exchange) {
        this.exchange = exchange;
    }

    /** {@code {"peers":["province"]}} */
    @GET
    @Path("peers")
    public Map<String, Object> peers(@Context SecurityContext sc) {
        Callers.of(sc);
        return Map.of("peers", service().peers());
    }

    @GET
    @Path("runs")
    public Page<ExchangeRun> runs(@Context SecurityContext sc, @QueryParam("peer") String peer,
                                  @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        AnjianPrincipal caller = Callers.of(sc);
        PageRequest page = PageRequest.of(Params.intOf("offset", offset), Params.intOf("limit", limit));
        return service().runs(caller, blankToNull(peer), page.offset(), page.limit());
    }

    @GET
    @Path("runs/{id}")
    public ExchangeRun run(@Context SecurityContext sc, @PathParam("id") String id) {
        AnjianPrincipal caller = Callers.of(sc);
        long runId = Params.idOf("id", id);
        return service().run(caller, runId)
                .orElseThrow(() -> new NotFoundException("exchange run", id));
    }

    /** Runs the exchange with a peer now: body {@code {"peer":"province"}}; answers the finished run. */
    @POST
    @Path("runs")
    @Consumes(MediaType.APPLICATION_JSON)
    public ExchangeRun runNow(@Context SecurityContext sc, RunRequest request) {
        AnjianPrincipal caller = Callers.of(sc);
        if (request == null) {
            throw new ValidationException("peer", "a body {\"peer\": \"...\"} is required");
        }
        return service().runNow(caller, request.peer());
    }

    @GET
    @Path("backlog")
    public ExchangeBacklog backlog(@Context SecurityContext sc, @QueryParam("peer") String peer) {
        return service().backlog(Callers.of(sc), peer);
    }

    @GET
    @Path("dead-letters")
    public Page<DeadLetter> deadLetters(@Context SecurityContext sc, @QueryParam("peer") String peer,
                                        @QueryParam("status") String status, @QueryParam("offset") String offset,
                                        @QueryParam("limit") String limit) {
        AnjianPrincipal caller = Callers.of(sc);
        PageRequest page = PageRequest.of(Params.intOf("offset", offset), Params.intOf("limit", limit));
        return service().deadLetters(caller, blankToNull(peer),
                status == null || status.isBlank() ? null : status.strip().toUpperCase(java.util.Locale.ROOT),
                page.offset(), page.limit());
    }

    /** Queues a dead letter again for the next run. */
    @POST
    @Path("dead-letters/{id}/replay")
    public DeadLetter replay(@Context SecurityContext sc, @PathParam("id") String id) {
        AnjianPrincipal caller = Callers.of(sc);
        return service().replay(caller, Params.idOf("id", id));
    }

    /** The body of {@code POST /exchange/runs}. */
    public record RunRequest(String peer) {
    }

    private ExchangeService service() {
        ExchangeService s = exchange.get();
        if (s == null) {
            throw new ServiceUnavailableException("the exchange is not installed (feature anjian-exchange)");
        }
        return s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
