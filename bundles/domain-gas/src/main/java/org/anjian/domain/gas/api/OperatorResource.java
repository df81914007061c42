package org.anjian.domain.gas.api;

import javax.validation.Valid;
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
import org.anjian.api.kit.access.Callers;
import org.anjian.api.rest.Created;
import org.anjian.api.rest.Paging;
import org.anjian.api.rest.Responds;
import org.anjian.api.spi.DomainResource;
import org.anjian.domain.gas.module.GasModule;
import org.anjian.domain.gas.service.Kinds;
import org.anjian.domain.gas.service.NewOperator;
import org.anjian.domain.gas.service.Operator;
import org.anjian.domain.gas.service.OperatorService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/domains/gas/operators}: 燃气经营企业, their licences and stations. */
@Component(service = DomainResource.class)
@Path("/operators")
@Produces(MediaType.APPLICATION_JSON)
public class OperatorResource implements DomainResource {
    private static final String ID = "[0-9a-f-]{1,36}";
    private final OperatorService operators;

    @Activate
    public OperatorResource(@Reference OperatorService operators) {
        this.operators = operators;
    }

    @Override
    public String moduleId() {
        return GasModule.ID;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Created
    @Responds(status = 409, when = "the licence number is already registered")
    public Operator create(@Context SecurityContext sc, @NotNull @Valid NewOperator body) {
        return operators.create(Callers.of(sc), body);
    }

    /** Filters {@code enterpriseCreditCode}, {@code licenceStatus} (VALID, EXPIRING within the configured days, EXPIRED). */
    @GET
    public Page<Operator> list(@Context SecurityContext sc, @QueryParam("enterpriseCreditCode")
                               @Pattern(regexp = CreditCode.PATTERN, message = CreditCode.FORM) String enterpriseCreditCode,
                               @QueryParam("licenceStatus") Kinds.LicenceStatus status,
                               @Valid @BeanParam Paging paging) {
        return operators.search(Callers.of(sc), enterpriseCreditCode, status, paging.toPageRequest());
    }

    @GET
    @Path("/{id}")
    public Operator get(@Context SecurityContext sc, @PathParam("id") @Pattern(regexp = ID) String id) {
        return operators.get(Callers.of(sc), id);
    }
}
