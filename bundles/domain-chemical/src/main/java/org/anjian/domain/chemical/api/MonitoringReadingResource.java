package org.anjian.domain.chemical.api;

import org.anjian.api.kit.access.Callers;
import javax.validation.Valid;
import javax.validation.constraints.NotNull;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.anjian.api.spi.DomainResource;
import org.anjian.domain.chemical.module.ChemicalModule;
import org.anjian.domain.chemical.service.MonitoringService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.anjian.api.events.NotificationService;
import org.anjian.domain.chemical.service.AlarmNotifications;

/** {@code POST /api/v1/domains/chemical/monitoring/readings}: up to 1000 readings, all or nothing. */
@Component(service = DomainResource.class)
@Path("/monitoring")
@Produces(MediaType.APPLICATION_JSON)
public class MonitoringReadingResource implements DomainResource {
    private final MonitoringService monitoring;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile NotificationService notifications;

    @Activate
    public MonitoringReadingResource(@Reference MonitoringService monitoring) {
        this.monitoring = monitoring;
    }

    @Override
    public String moduleId() {
        return ChemicalModule.ID;
    }

    @POST
    @Path("/readings")
    @Consumes(MediaType.APPLICATION_JSON)
    public MonitoringService.IngestResult readings(@Context SecurityContext sc,
                                                   @NotNull @Valid MonitoringService.ReadingBatch batch) {
        MonitoringService.IngestResult result = monitoring.ingest(Callers.of(sc), batch);
        NotificationService n = notifications;
        if (n != null) {
            result.alarmsRaised().forEach(a -> n.publish(AlarmNotifications.raised(a)));
        }
        return result;
    }
}
