package org.anjian.domain.gas.api;

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
import org.anjian.api.common.Page;
import org.anjian.api.enterprise.CreditCode;
import org.anjian.api.kit.access.Callers;
import org.anjian.api.rest.Created;
import org.anjian.api.rest.Paging;
import org.anjian.api.rest.Responds;
import org.anjian.api.spi.DomainResource;
import org.anjian.domain.gas.module.GasModule;
import org.anjian.domain.gas.rules.CylinderRules;
import org.anjian.domain.gas.service.Cylinder;
import org.anjian.domain.gas.service.CylinderEvent;
import org.anjian.domain.gas.service.CylinderService;
import org.anjian.domain.gas.service.NewCylinder;
import org.anjian.domain.gas.service.NewCylinderEvent;
import org.anjian.domain.gas.service.Trace;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/domains/gas/cylinders}: 一瓶一码, each cylinder by its code with its events and trace. */
@Component(service = DomainResource.class)
@Path("/cylinders")
@Produces(MediaType.APPLICATION_JSON)
public class CylinderResource implements DomainResource {
    private static final String CODE = "[0-9A-Z]{1,32}";
    /** The states of a cylinder, for the filter. */
    public enum Status { IN_SERVICE, SCRAPPED }

    private final CylinderService cylinders;

    @Activate
    public CylinderResource(@Reference CylinderService cylinders) {
        this.cylinders = cylinders;
    }

    @Override
    public String moduleId() {
        return GasModule.ID;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Created(idProperty = "code")
    @Responds(status = 409, when = "the cylinder code is already registered")
    public Cylinder register(@Context SecurityContext sc, @NotNull @Valid NewCylinder body) {
        return cylinders.register(Callers.of(sc), body);
    }

    /**
     * Filters {@code enterpriseCreditCode} (the owner), {@code status}, {@code inspection} (OK, DUE_SOON, OVERDUE;
     * cylinders in service); paging.
     */
    @GET
    public Page<Cylinder> list(@Context SecurityContext sc, @QueryParam("enterpriseCreditCode")
                               @Pattern(regexp = CreditCode.PATTERN, message = CreditCode.FORM) String enterpriseCreditCode,
                               @QueryParam("status") Status status,
                               @QueryParam("inspection") CylinderRules.Inspection inspection,
                               @Valid @BeanParam Paging paging) {
        return cylinders.search(Callers.of(sc), enterpriseCreditCode, status == null ? null : status.name(), inspection,
                paging.toPageRequest());
    }

    @GET
    @Path("/{code}")
    public Cylinder get(@Context SecurityContext sc, @PathParam("code") @Pattern(regexp = CODE) String code) {
        return cylinders.get(Callers.of(sc), code);
    }

    @POST
    @Path("/{code}/events")
    @Consumes(MediaType.APPLICATION_JSON)
    @Created
    @Responds(status = 409, when = "the cylinder may not take the event: scrapped, past its scrap date, inspection"
            + " overdue (a fill), a catering user without a working leak alarm (a delivery), or not where the event needs it")
    public CylinderEvent record(@Context SecurityContext sc,
                                @PathParam("code") @Pattern(regexp = CODE) String code,
                                @NotNull @Valid NewCylinderEvent body) {
        return cylinders.record(Callers.of(sc), code, body);
    }

    @GET
    @Path("/{code}/trace")
    public Trace trace(@Context SecurityContext sc, @PathParam("code") @Pattern(regexp = CODE) String code) {
        return cylinders.trace(Callers.of(sc), code);
    }
}
