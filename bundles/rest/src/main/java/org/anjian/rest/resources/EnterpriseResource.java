package org.anjian.rest.resources;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
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
import org.anjian.api.enterprise.Enterprise;
import org.anjian.api.enterprise.EnterpriseQuery;
import org.anjian.api.enterprise.EnterpriseService;
import org.anjian.api.enterprise.RiskColour;
import org.anjian.api.spi.EnterpriseRisk;
import org.anjian.api.spi.ModuleService;
import org.anjian.rest.security.Callers;

/** 一企一档 over HTTP. */
@Path("/enterprises")
@Produces(MediaType.APPLICATION_JSON)
public class EnterpriseResource {
    private final EnterpriseService enterprises;
    private final ModuleService modules;

    public EnterpriseResource(EnterpriseService enterprises, ModuleService modules) {
        this.enterprises = enterprises;
        this.modules = modules;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Context SecurityContext sc, @Context UriInfo uri, Enterprise body) {
        Enterprise saved = enterprises.create(Callers.of(sc), body);
        return Response.created(uri.getAbsolutePathBuilder().path(saved.creditCode()).build()).entity(saved).build();
    }

    @GET
    public Page<Enterprise> search(@Context SecurityContext sc,
                                   @QueryParam("regionPrefix") String regionPrefix,
                                   @QueryParam("riskColour") String riskColour,
                                   @QueryParam("industryCode") String industryCode,
                                   @QueryParam("name") String name,
                                   @QueryParam("offset") String offset,
                                   @QueryParam("limit") String limit) {
        EnterpriseQuery query = new EnterpriseQuery(regionPrefix,
                Params.enumOf(RiskColour.class, "riskColour", riskColour), industryCode, name,
                PageRequest.of(Params.intOf("offset", offset), Params.intOf("limit", limit)));
        return enterprises.search(Callers.of(sc), query);
    }

    @GET
    @Path("/{creditCode}")
    public Enterprise get(@Context SecurityContext sc, @PathParam("creditCode") String creditCode) {
        return enterprises.find(Callers.of(sc), creditCode)
                .orElseThrow(() -> new NotFoundException("enterprise", creditCode));
    }

    /** The enterprise's risk explained: its colour, its hazard facts and every installed indicator's score. */
    @GET
    @Path("/{creditCode}/risk")
    public EnterpriseRisk risk(@Context SecurityContext sc, @PathParam("creditCode") String creditCode) {
        return modules.risk(Callers.of(sc), creditCode)
                .orElseThrow(() -> new NotFoundException("enterprise", creditCode));
    }

    @PUT
    @Path("/{creditCode}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Enterprise update(@Context SecurityContext sc, @PathParam("creditCode") String creditCode,
                             Enterprise body) {
        return enterprises.update(Callers.of(sc), creditCode, body);
    }
}
