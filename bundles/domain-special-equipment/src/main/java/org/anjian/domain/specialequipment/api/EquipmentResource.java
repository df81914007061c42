package org.anjian.domain.specialequipment.api;

import org.anjian.api.kit.access.Callers;
import javax.validation.Valid;
import javax.validation.constraints.Max;
import javax.validation.constraints.Min;
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
import org.anjian.api.rest.Created;
import org.anjian.api.rest.Paging;
import org.anjian.api.rest.Responds;
import org.anjian.api.spi.DomainResource;
import org.anjian.domain.specialequipment.module.SpecialEquipmentModule;
import org.anjian.domain.specialequipment.service.EquipmentDetail;
import org.anjian.domain.specialequipment.service.EquipmentView;
import org.anjian.domain.specialequipment.service.InspectionResult;
import org.anjian.domain.specialequipment.service.NewEquipment;
import org.anjian.domain.specialequipment.service.NewInspection;
import org.anjian.domain.specialequipment.service.SpecialEquipmentService;
import org.anjian.domain.specialequipment.store.Inspection;
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
    /** The states of a piece of equipment, for the filter. */
    public enum Status { IN_USE, OUT_OF_SERVICE }

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
    @Created
    @Responds(status = 409, when = "the equipment code is already registered")
    public EquipmentView create(@Context SecurityContext sc, @NotNull @Valid NewEquipment body) {
        return service.register(Callers.of(sc), body);
    }

    /**
     * Filters: {@code enterpriseCreditCode}; {@code category} (code prefix; 3000 = every elevator);
     * {@code overdue=true|false}; {@code dueWithinDays=N} (IN_USE, due today..today+N, overdue excluded);
     * {@code status}; paging {@code offset}, {@code limit} (1-500, default 50).
     */
    @GET
    public Page<EquipmentView> search(@Context SecurityContext sc,
                                      @QueryParam("enterpriseCreditCode")
                                      @Pattern(regexp = CreditCode.PATTERN, message = CreditCode.FORM) String enterpriseCreditCode,
                                      @QueryParam("category") @Pattern(regexp = "[0-9A-Z]{1,4}",
                                              message = "must be a category code or its prefix (1-4 digits or letters)") String category,
                                      @QueryParam("overdue") Boolean overdue,
                                      @QueryParam("dueWithinDays") @Min(0) @Max(3650) Integer dueWithinDays,
                                      @QueryParam("status") Status status,
                                      @Valid @BeanParam Paging paging) {
        return service.search(Callers.of(sc), enterpriseCreditCode, category, overdue, dueWithinDays,
                status == null ? null : status.name(), paging.toPageRequest());
    }

    @GET
    @Path("/{id}")
    public EquipmentDetail get(@Context SecurityContext sc, @PathParam("id") String id) {
        return service.get(Callers.of(sc), id);
    }

    @POST
    @Path("/{id}/inspections")
    @Consumes(MediaType.APPLICATION_JSON)
    @Created(idProperty = "inspectionId")
    public InspectionResult recordInspection(@Context SecurityContext sc, @PathParam("id") String id,
                                             @NotNull @Valid NewInspection body) {
        return service.recordInspection(Callers.of(sc), id, body);
    }

    @GET
    @Path("/{id}/inspections/{inspectionId}")
    public Inspection inspection(@Context SecurityContext sc, @PathParam("id") String id,
                                 @PathParam("inspectionId") String inspectionId) {
        return service.inspection(Callers.of(sc), id, inspectionId);
    }
}
