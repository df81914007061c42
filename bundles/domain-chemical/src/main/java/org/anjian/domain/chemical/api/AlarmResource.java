package org.anjian.domain.chemical.api;

import org.anjian.api.kit.access.Callers;
import javax.validation.Valid;
import javax.ws.rs.BeanParam;
import org.anjian.api.rest.Paging;
import javax.validation.constraints.Pattern;
import org.anjian.api.enterprise.CreditCode;
import org.anjian.api.rest.Responds;
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
import org.anjian.domain.chemical.service.MonitoringService;
import org.anjian.domain.chemical.store.Alarm;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/domains/chemical/alarms}: monitoring alarms and their handling. */
@Component(service = DomainResource.class)
@Path("/alarms")
@Produces(MediaType.APPLICATION_JSON)
public class AlarmResource implements DomainResource {
    private final MonitoringService monitoring;

    @Activate
    public AlarmResource(@Reference MonitoringService monitoring) {
        this.monitoring = monitoring;
    }

    @Override
    public String moduleId() {
        return ChemicalModule.ID;
    }

    @GET
    public Page<Alarm> list(@Context SecurityContext sc, @QueryParam("status") Alarm.Status status,
                            @QueryParam("enterpriseCreditCode") @Pattern(regexp = CreditCode.PATTERN, message = CreditCode.FORM) String enterpriseCreditCode,
                            @Valid @BeanParam Paging paging) {
        return monitoring.searchAlarms(Callers.of(sc), status == null ? null : status.name(), enterpriseCreditCode,
                paging.toPageRequest());
    }

    @POST
    @Path("/{id}/handle")
    @Consumes(MediaType.APPLICATION_JSON)
    @Responds(status = 409, when = "the alarm is already handled")
    public Alarm handle(@Context SecurityContext sc, @PathParam("id") String id,
                        @Valid MonitoringService.Handling request) {
        return monitoring.handle(Callers.of(sc), id, request);
    }
}
