package org.anjian.rest.resources;

import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.anjian.api.common.NotFoundException;
import org.anjian.api.common.Page;
import org.anjian.api.common.PageRequest;
import org.anjian.api.hazard.Hazard;
import org.anjian.api.hazard.HazardCategory;
import org.anjian.api.hazard.HazardGrade;
import org.anjian.api.hazard.HazardQuery;
import org.anjian.api.hazard.HazardService;
import org.anjian.api.hazard.HazardStatus;
import org.anjian.api.hazard.NewHazard;
import org.anjian.api.hazard.Supervision;
import org.anjian.api.hazard.TransitionRequest;
import org.anjian.rest.security.Callers;

/** The hazard closed loop over HTTP. */
@Path("/hazards")
@Produces(MediaType.APPLICATION_JSON)
public class HazardResource {
    private final HazardService hazards;

    public HazardResource(HazardService hazards) {
        this.hazards = hazards;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(@Context SecurityContext sc, @Context UriInfo uri, NewHazard body) {
        Hazard saved = hazards.register(Callers.of(sc), body);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(saved.id())).build())
                .entity(saved).build();
    }

    @GET
    public Page<Hazard> search(@Context SecurityContext sc,
                               @QueryParam("status") String status,
                               @QueryParam("grade") String grade,
                               @QueryParam("regionPrefix") String regionPrefix,
                               @QueryParam("enterprise") String enterprise,
                               @QueryParam("overdue") String overdue,
                               @QueryParam("supervision") String supervision,
                               @QueryParam("offset") String offset,
                               @QueryParam("limit") String limit) {
        HazardQuery query = new HazardQuery(
                Params.enumOf(HazardStatus.class, "status", status),
                Params.enumOf(HazardGrade.class, "grade", grade),
                regionPrefix, enterprise, Params.boolOf("overdue", overdue),
                Params.enumOf(Supervision.class, "supervision", supervision),
                PageRequest.of(Params.intOf("offset", offset), Params.intOf("limit", limit)));
        return hazards.search(Callers.of(sc), query);
    }

    @GET
    @Path("/categories")
    public Page<HazardCategory> categories(@Context SecurityContext sc) {
        Callers.of(sc);
        List<HazardCategory> all = hazards.categories();
        return new Page<>(all, all.size());
    }

    @GET
    @Path("/{id}")
    public Hazard get(@Context SecurityContext sc, @PathParam("id") String id) {
        long key = Params.idOf("id", id);
        return hazards.find(Callers.of(sc), key).orElseThrow(() -> new NotFoundException("hazard", id));
    }

    @POST
    @Path("/{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Hazard transition(@Context SecurityContext sc, @PathParam("id") String id, TransitionRequest body) {
        return hazards.transition(Callers.of(sc), Params.idOf("id", id), body);
    }
}
