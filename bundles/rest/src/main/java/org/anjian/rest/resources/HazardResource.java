package org.anjian.rest.resources;

import java.util.List;
import javax.validation.Valid;
import javax.validation.constraints.NotNull;
import javax.validation.constraints.Pattern;
import javax.ws.rs.BeanParam;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.anjian.api.common.NotFoundException;
import org.anjian.api.common.Page;
import org.anjian.api.enterprise.CreditCode;
import org.anjian.api.hazard.Hazard;
import org.anjian.api.hazard.HazardCategory;
import org.anjian.api.hazard.HazardGrade;
import org.anjian.api.hazard.HazardQuery;
import org.anjian.api.hazard.HazardService;
import org.anjian.api.hazard.HazardStatus;
import org.anjian.api.hazard.NewHazard;
import org.anjian.api.hazard.Supervision;
import org.anjian.api.hazard.TransitionRequest;
import org.anjian.api.region.RegionCode;
import org.anjian.api.rest.Created;
import org.anjian.api.rest.Paging;
import org.anjian.api.rest.Responds;
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
    @Created
    @Responds(status = 409, when = "a hazard with this sourceSystem and sourceId is already registered and not the caller's")
    public Hazard register(@Context SecurityContext sc, @NotNull @Valid NewHazard body) {
        return hazards.register(Callers.of(sc), body);
    }

    @GET
    public Page<Hazard> search(@Context SecurityContext sc,
                               @QueryParam("status") HazardStatus status,
                               @QueryParam("grade") HazardGrade grade,
                               @QueryParam("regionPrefix") @Pattern(regexp = RegionCode.PREFIX_PATTERN,
                                       message = "must be 1 to 15 digits of a region code") String regionPrefix,
                               @QueryParam("enterprise") @Pattern(regexp = CreditCode.PATTERN,
                                       message = CreditCode.FORM) String enterprise,
                               @QueryParam("overdue") Boolean overdue,
                               @QueryParam("supervision") Supervision supervision,
                               @Valid @BeanParam Paging paging) {
        HazardQuery query = new HazardQuery(status, grade, regionPrefix, enterprise, overdue, supervision,
                paging.toPageRequest());
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
    public Hazard get(@Context SecurityContext sc, @PathParam("id") long id) {
        return hazards.find(Callers.of(sc), id).orElseThrow(() -> new NotFoundException("hazard", String.valueOf(id)));
    }

    @POST
    @Path("/{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Responds(status = 409, when = "an illegal transition (the allowed actions are listed) or a major hazard without its five items")
    public Hazard transition(@Context SecurityContext sc, @PathParam("id") long id,
                             @NotNull @Valid TransitionRequest body) {
        return hazards.transition(Callers.of(sc), id, body);
    }
}
