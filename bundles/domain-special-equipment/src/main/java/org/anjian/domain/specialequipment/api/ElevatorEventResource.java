package org.anjian.domain.specialequipment.api;

import org.anjian.api.kit.access.Callers;
import javax.validation.Valid;
import javax.validation.constraints.NotNull;
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
import org.anjian.api.rest.Created;
import org.anjian.api.rest.Paging;
import org.anjian.api.rest.Responds;
import org.anjian.api.spi.DomainResource;
import org.anjian.domain.specialequipment.module.SpecialEquipmentModule;
import org.anjian.domain.specialequipment.service.HandleRequest;
import org.anjian.domain.specialequipment.service.NewElevatorEvent;
import org.anjian.domain.specialequipment.service.SpecialEquipmentService;
import org.anjian.domain.specialequipment.store.ElevatorEvent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.anjian.api.events.NotificationService;
import org.anjian.domain.specialequipment.service.ElevatorNotifications;

/**
 * {@code /api/v1/domains/special-equipment/elevator-events}: entrapments (困人) and faults of elevators;
 * an entrapment not handled in time escalates to a hazard.
 */
@Component(service = DomainResource.class)
@Path("/elevator-events")
@Produces(MediaType.APPLICATION_JSON)
public class ElevatorEventResource implements DomainResource {
    /** The states of an event, for the filter. */
    public enum Status { RAISED, HANDLED, ESCALATED }

    private final SpecialEquipmentService service;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile NotificationService notifications;

    @Activate
    public ElevatorEventResource(@Reference SpecialEquipmentService service) {
        this.service = service;
    }

    @Override
    public String moduleId() {
        return SpecialEquipmentModule.ID;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Created
    public ElevatorEvent create(@Context SecurityContext sc, @NotNull @Valid NewElevatorEvent body) {
        ElevatorEvent raised = service.raiseEvent(Callers.of(sc), body);
        NotificationService n = notifications;
        if (n != null) {
            n.publish(ElevatorNotifications.raised(raised, service.get(Callers.of(sc), raised.equipmentId())));
        }
        return raised;
    }

    @GET
    public Page<ElevatorEvent> search(@Context SecurityContext sc, @QueryParam("status") Status status,
                                      @Valid @BeanParam Paging paging) {
        return service.events(Callers.of(sc), status == null ? null : status.name(), paging.toPageRequest());
    }

    @GET
    @Path("/{id}")
    public ElevatorEvent get(@Context SecurityContext sc, @PathParam("id") String id) {
        return service.event(Callers.of(sc), id);
    }

    @POST
    @Path("/{id}/handle")
    @Consumes(MediaType.APPLICATION_JSON)
    @Responds(status = 409, when = "the event is already handled")
    public ElevatorEvent handle(@Context SecurityContext sc, @PathParam("id") String id, @Valid HandleRequest body) {
        return service.handleEvent(Callers.of(sc), id, body);
    }
}
