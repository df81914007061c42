package org.anjian.domain.gas.api;

import javax.validation.Valid;
import javax.validation.constraints.NotNull;
import javax.validation.constraints.Pattern;
import javax.validation.constraints.Size;
import javax.ws.rs.BeanParam;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.anjian.api.common.Page;
import org.anjian.api.enterprise.CreditCode;
import org.anjian.api.kit.access.Callers;
import org.anjian.api.rest.Created;
import org.anjian.api.rest.Paging;
import org.anjian.api.spi.DomainResource;
import org.anjian.domain.gas.module.GasModule;
import org.anjian.domain.gas.service.GasUser;
import org.anjian.domain.gas.service.GasUserService;
import org.anjian.domain.gas.service.Kinds;
import org.anjian.domain.gas.service.NewGasUser;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/domains/gas/users}: 燃气用户 and their leak alarms and automatic shut-off devices. */
@Component(service = DomainResource.class)
@Path("/users")
@Produces(MediaType.APPLICATION_JSON)
public class GasUserResource implements DomainResource {
    private static final String ID = "[0-9a-f-]{1,36}";
    private final GasUserService users;

    @Activate
    public GasUserResource(@Reference GasUserService users) {
        this.users = users;
    }

    @Override
    public String moduleId() {
        return GasModule.ID;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Created
    public GasUser create(@Context SecurityContext sc, @NotNull @Valid NewGasUser body) {
        return users.create(Callers.of(sc), body);
    }

    /**
     * Filters {@code enterpriseCreditCode}, {@code supplierCreditCode}, {@code kind}, {@code devicesCompliant}, {@code q}
     * (in the name or address).
     */
    @GET
    public Page<GasUser> list(@Context SecurityContext sc, @QueryParam("enterpriseCreditCode")
                              @Pattern(regexp = CreditCode.PATTERN, message = CreditCode.FORM) String enterpriseCreditCode,
                              @QueryParam("supplierCreditCode")
                              @Pattern(regexp = CreditCode.PATTERN, message = CreditCode.FORM) String supplierCreditCode,
                              @QueryParam("kind") Kinds.UserKind kind,
                              @QueryParam("devicesCompliant") Boolean devicesCompliant,
                              @QueryParam("q") @Size(min = 1, max = 50) String q, @Valid @BeanParam Paging paging) {
        return users.search(Callers.of(sc), enterpriseCreditCode, supplierCreditCode, kind, devicesCompliant, q, paging.toPageRequest());
    }

    @GET
    @Path("/{id}")
    public GasUser get(@Context SecurityContext sc, @PathParam("id") @Pattern(regexp = ID) String id) {
        return users.get(Callers.of(sc), id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public GasUser update(@Context SecurityContext sc, @PathParam("id") @Pattern(regexp = ID) String id,
                          @NotNull @Valid NewGasUser body) {
        return users.update(Callers.of(sc), id, body);
    }
}
