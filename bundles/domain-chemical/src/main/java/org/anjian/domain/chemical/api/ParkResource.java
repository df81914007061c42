package org.anjian.domain.chemical.api;

import org.anjian.api.kit.access.Callers;
import javax.validation.Valid;
import javax.ws.rs.BeanParam;
import org.anjian.api.rest.Paging;
import javax.validation.constraints.NotNull;
import org.anjian.api.rest.Created;
import org.anjian.api.rest.Responds;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.anjian.api.common.Page;
import org.anjian.api.spi.DomainResource;
import org.anjian.domain.chemical.module.ChemicalModule;
import org.anjian.domain.chemical.service.ParkService;
import org.anjian.domain.chemical.store.Park;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/domains/chemical/parks}: 化工园区 and their member enterprises. */
@Component(service = DomainResource.class)
@Path("/parks")
@Produces(MediaType.APPLICATION_JSON)
public class ParkResource implements DomainResource {
    private final ParkService parks;

    @Activate
    public ParkResource(@Reference ParkService parks) {
        this.parks = parks;
    }

    @Override
    public String moduleId() {
        return ChemicalModule.ID;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Created
    @Responds(status = 409, when = "a park with this code exists")
    public Park create(@Context SecurityContext sc, @NotNull @Valid ParkService.NewPark request) {
        return parks.create(Callers.of(sc), request);
    }

    @GET
    public Page<Park> list(@Context SecurityContext sc, @Valid @BeanParam Paging paging) {
        return parks.search(Callers.of(sc), paging.toPageRequest());
    }

    @GET
    @Path("/{id}")
    public Park get(@Context SecurityContext sc, @PathParam("id") String id) {
        return parks.find(Callers.of(sc), id);
    }

    @PUT
    @Path("/{id}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    public Park members(@Context SecurityContext sc, @PathParam("id") String id,
                        @NotNull @Valid ParkService.Members request) {
        return parks.replaceMembers(Callers.of(sc), id, request);
    }
}
