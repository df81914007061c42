package org.anjian.domain.specialequipment.api;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.anjian.api.common.Page;
import org.anjian.api.common.PageRequest;
import org.anjian.api.spi.DomainResource;
import org.anjian.domain.specialequipment.module.SpecialEquipmentModule;
import org.anjian.domain.specialequipment.service.HandleRequest;
import org.anjian.domain.specialequipment.service.NewElevatorEvent;
import org.anjian.domain.specialequipment.service.SpecialEquipmentService;
import org.anjian.domain.specialequipment.store.ElevatorEvent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/domains/special-equipment/elevator-events}: entrapments (困人) and faults of elevators;
 * an entrapment not handled in time escalates to a hazard.
 */
@Component(service = DomainResource.class)
@Path("/elevator-events")
@Produces(MediaType.APPLICATION_JSON)
public class ElevatorEventResource implements DomainResource {
    private final SpecialEquipmentService service;

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
    public Response raise(@Context SecurityContext sc, NewElevatorEvent body) {
        return Response.status(Response.Status.CREATED).entity(create(sc, body)).build();
    }

    ElevatorEvent create(SecurityContext sc, NewElevatorEvent body) {
        return service.raiseEvent(Params.caller(sc), body);
    }

    @GET
    public Page<ElevatorEvent> search(@Context SecurityContext sc, @QueryParam("status") String status,
                                      @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        return service.events(Params.caller(sc), status,
                PageRequest.of(Params.intOf("offset", offset), Params.intOf("limit", limit)));
    }

    @POST
    @Path("/{id}/handle")
    @Consumes(MediaType.APPLICATION_JSON)
    public ElevatorEvent handle(@Context SecurityContext sc, @PathParam("id") String id, HandleRequest body) {
        return service.handleEvent(Params.caller(sc), id, body);
    }
}
