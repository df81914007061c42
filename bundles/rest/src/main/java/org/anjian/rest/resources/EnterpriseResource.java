package org.anjian.rest.resources;

import javax.validation.Valid;
import javax.validation.constraints.NotNull;
import javax.validation.constraints.Pattern;
import javax.validation.constraints.Size;
import javax.ws.rs.BeanParam;
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
import javax.ws.rs.core.SecurityContext;
import org.anjian.api.common.NotFoundException;
import org.anjian.api.common.Page;
import org.anjian.api.enterprise.Enterprise;
import org.anjian.api.enterprise.EnterpriseQuery;
import org.anjian.api.enterprise.EnterpriseService;
import org.anjian.api.enterprise.RiskColour;
import org.anjian.api.region.RegionCode;
import org.anjian.api.rest.Created;
import org.anjian.api.rest.Paging;
import org.anjian.api.rest.Responds;
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
    @Created(idProperty = "creditCode")
    @Responds(status = 409, when = "an enterprise with this credit code is already registered")
    public Enterprise create(@Context SecurityContext sc, @NotNull @Valid Enterprise body) {
        return enterprises.create(Callers.of(sc), body);
    }

    @GET
    public Page<Enterprise> search(@Context SecurityContext sc,
                                   @QueryParam("regionPrefix") @Pattern(regexp = RegionCode.PREFIX_PATTERN,
                                           message = "must be 1 to 15 digits of a region code") String regionPrefix,
                                   @QueryParam("riskColour") RiskColour riskColour,
                                   @QueryParam("industryCode") @Pattern(regexp = "[A-T]|[0-9]{1,4}",
                                           message = "must be a GB/T 4754 section letter or 1-4 digits") String industryCode,
                                   @QueryParam("name") @Size(max = 200) String name,
                                   @Valid @BeanParam Paging paging) {
        EnterpriseQuery query = new EnterpriseQuery(regionPrefix, riskColour, industryCode, name, paging.toPageRequest());
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
    @Responds(status = 409, when = "the record was changed since the version sent (reload and retry)")
    public Enterprise update(@Context SecurityContext sc, @PathParam("creditCode") String creditCode,
                             @NotNull @Valid Enterprise body) {
        return enterprises.update(Callers.of(sc), creditCode, body);
    }
}
