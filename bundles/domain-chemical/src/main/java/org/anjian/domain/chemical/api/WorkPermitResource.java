package org.anjian.domain.chemical.api;

import org.anjian.api.kit.access.Callers;
import javax.validation.Valid;
import javax.ws.rs.BeanParam;
import org.anjian.api.rest.Paging;
import javax.validation.constraints.NotNull;
import javax.validation.constraints.Pattern;
import org.anjian.api.enterprise.CreditCode;
import org.anjian.api.rest.Created;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.anjian.api.common.Page;
import org.anjian.api.spi.DomainResource;
import org.anjian.domain.chemical.module.ChemicalModule;
import org.anjian.domain.chemical.service.PermitService;
import org.anjian.domain.chemical.store.WorkPermit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/domains/chemical/work-permits}: 特殊作业票 filed by enterprises (the maximum validity per type and
 * grade is the permit service's configuration).
 */
@Component(service = DomainResource.class)
@Path("/work-permits")
@Produces(MediaType.APPLICATION_JSON)
public class WorkPermitResource implements DomainResource {

    private final PermitService permits;

    @Activate
    public WorkPermitResource(@Reference PermitService permits) {
        this.permits = permits;
    }

    @Override
    public String moduleId() {
        return ChemicalModule.ID;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Created
    public WorkPermit create(@Context SecurityContext sc, @NotNull @Valid PermitService.NewPermit request) {
        return permits.create(Callers.of(sc), request);
    }

    @GET
    public Page<WorkPermit> list(@Context SecurityContext sc,
                                 @QueryParam("enterpriseCreditCode") @Pattern(regexp = CreditCode.PATTERN, message = CreditCode.FORM) String enterpriseCreditCode,
                                 @QueryParam("active") Boolean active, @Valid @BeanParam Paging paging) {
        return permits.search(Callers.of(sc), enterpriseCreditCode, active, paging.toPageRequest());
    }
}
