package org.anjian.domain.chemical.api;

import org.anjian.api.kit.access.Callers;
import javax.validation.Valid;
import javax.ws.rs.BeanParam;
import org.anjian.api.rest.Paging;
import javax.validation.constraints.Max;
import javax.validation.constraints.Min;
import javax.validation.constraints.NotNull;
import javax.validation.constraints.Pattern;
import org.anjian.api.enterprise.CreditCode;
import org.anjian.api.rest.Created;
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
import org.anjian.api.spi.DomainResource;
import org.anjian.domain.chemical.module.ChemicalModule;
import org.anjian.domain.chemical.service.HazardSourceService;
import org.anjian.domain.chemical.store.MajorHazardSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/domains/chemical/major-hazard-sources}: 重大危险源 with GB 18218 grading and 包保责任人. */
@Component(service = DomainResource.class)
@Path("/major-hazard-sources")
@Produces(MediaType.APPLICATION_JSON)
public class MajorHazardSourceResource implements DomainResource {
    private final HazardSourceService sources;

    @Activate
    public MajorHazardSourceResource(@Reference HazardSourceService sources) {
        this.sources = sources;
    }

    @Override
    public String moduleId() {
        return ChemicalModule.ID;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Created
    public MajorHazardSource create(@Context SecurityContext sc, @NotNull @Valid HazardSourceService.NewSource request) {
        return sources.create(Callers.of(sc), request);
    }

    @GET
    public Page<MajorHazardSource> list(@Context SecurityContext sc,
                                        @QueryParam("enterpriseCreditCode") @Pattern(regexp = CreditCode.PATTERN, message = CreditCode.FORM) String enterpriseCreditCode,
                                        @QueryParam("grade") @Min(1) @Max(4) Integer grade,
                                        @Valid @BeanParam Paging paging) {
        return sources.search(Callers.of(sc), enterpriseCreditCode, grade, paging.toPageRequest());
    }

    @GET
    @Path("/{id}")
    public MajorHazardSource get(@Context SecurityContext sc, @PathParam("id") String id) {
        return sources.find(Callers.of(sc), id);
    }
}
