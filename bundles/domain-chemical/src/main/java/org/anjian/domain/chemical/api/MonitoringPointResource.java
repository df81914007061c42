package org.anjian.domain.chemical.api;

import org.anjian.api.kit.access.Callers;
import javax.validation.Valid;
import javax.ws.rs.BeanParam;
import org.anjian.api.rest.Paging;
import javax.validation.constraints.NotNull;
import javax.validation.constraints.Pattern;
import org.anjian.api.enterprise.CreditCode;
import org.anjian.api.rest.Created;
import org.anjian.api.rest.Responds;
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
import org.anjian.domain.chemical.service.MonitoringService;
import org.anjian.domain.chemical.store.MonitoringPoint;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/domains/chemical/monitoring-points}: 监测点位 with alarm limits. */
@Component(service = DomainResource.class)
@Path("/monitoring-points")
@Produces(MediaType.APPLICATION_JSON)
public class MonitoringPointResource implements DomainResource {
    private final MonitoringService monitoring;

    @Activate
    public MonitoringPointResource(@Reference MonitoringService monitoring) {
        this.monitoring = monitoring;
    }

    @Override
    public String moduleId() {
        return ChemicalModule.ID;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Created
    @Responds(status = 409, when = "the enterprise already has a point with this tag")
    public MonitoringPoint create(@Context SecurityContext sc, @NotNull @Valid MonitoringService.NewPoint request) {
        return monitoring.createPoint(Callers.of(sc), request);
    }

    @GET
    public Page<MonitoringPoint> list(@Context SecurityContext sc,
                                      @QueryParam("enterpriseCreditCode") @Pattern(regexp = CreditCode.PATTERN, message = CreditCode.FORM) String enterpriseCreditCode,
                                      @Valid @BeanParam Paging paging) {
        return monitoring.searchPoints(Callers.of(sc), enterpriseCreditCode, paging.toPageRequest());
    }
}
