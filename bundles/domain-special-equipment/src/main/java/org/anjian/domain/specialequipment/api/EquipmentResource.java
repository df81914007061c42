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
import org.anjian.domain.specialequipment.service.EquipmentDetail;
import org.anjian.domain.specialequipment.service.EquipmentView;
import org.anjian.domain.specialequipment.service.InspectionResult;
import org.anjian.domain.specialequipment.service.NewEquipment;
import org.anjian.domain.specialequipment.service.NewInspection;
import org.anjian.domain.specialequipment.service.SpecialEquipmentService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/domains/special-equipment/equipment}: the register of special equipment and its
 * periodic inspections.
 */
@Component(service = DomainResource.class)
@Path("/equipment")
@Produces(MediaType.APPLICATION_JSON)
public class EquipmentResource implements DomainResource {
    private final SpecialEquipmentService service;

    @Activate
    public EquipmentResource(@Reference SpecialEquipmentService service) {
        this.service = service;
    }

    @Override
    public String moduleId() {
        return SpecialEquipmentModule.ID;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(@Context SecurityContext sc, NewEquipment body) {
        return Response.status(Response.Status.CREATED).entity(create(sc, body)).build();
    }

    EquipmentView create(SecurityContext sc, NewEquipment body) {
        return service.register(Params.caller(sc), body);
    }

    /**
     * Filters: {@code enterpriseCreditCode}; {@code category} (code prefix; 3000 = every elevator);
     * {@code overdue=true|false}; {@code dueWithinDays=N} (IN_USE, due today..today+N, overdue excluded);
     * {@code status}; paging {@code offset}, {@code limit} (1-500, default 50).
     */
    @GET
    public Page<EquipmentView> search(@Context SecurityContext sc,
                                      @QueryParam("enterpriseCreditCode") String enterpriseCreditCode,
                                      @QueryParam("category") String category,
                                      @QueryParam("overdue") String overdue,
                                      @QueryParam("dueWithinDays") String dueWithinDays,
                                      @QueryParam("status") String status,
                                      @QueryParam("offset") String offset,
                                      @QueryParam("limit") String limit) {
        return service.search(Params.caller(sc), enterpriseCreditCode, category, Params.boolOf("overdue", overdue),
                Params.intOf("dueWithinDays", dueWithinDays), status,
                PageRequest.of(Params.intOf("offset", offset), Params.intOf("limit", limit)));
    }

    @GET
    @Path("/{id}")
    public EquipmentDetail get(@Context SecurityContext sc, @PathParam("id") String id) {
        return service.get(Params.caller(sc), id);
    }

    @POST
    @Path("/{id}/inspections")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response inspect(@Context SecurityContext sc, @PathParam("id") String id, NewInspection body) {
        return Response.status(Response.Status.CREATED).entity(recordInspection(sc, id, body)).build();
    }

    InspectionResult recordInspection(SecurityContext sc, String id, NewInspection body) {
        return service.recordInspection(Params.caller(sc), id, body);
    }
}
