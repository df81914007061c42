package org.anjian.domain.gas.api;

import javax.validation.Valid;
import javax.validation.constraints.NotNull;
import javax.validation.constraints.Pattern;
import javax.validation.constraints.Size;
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
import org.anjian.domain.gas.service.Alarm;
import org.anjian.domain.gas.service.AlarmService;
import org.anjian.domain.gas.service.NewAlarm;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/domains/gas/alarms}: alarms of users' devices and their handling. */
@Component(service = DomainResource.class)
@Path("/alarms")
@Produces(MediaType.APPLICATION_JSON)
public class AlarmResource implements DomainResource {
    private static final String ID = "[0-9a-f-]{1,36}";
    /** The states of an alarm, for the filter. */
    public enum Status { RAISED, HANDLED, ESCALATED }

    /** Body of {@code POST /alarms/{id}/handle}. */
    public record Handling(@Size(max = 500) String note) {
    }

    private final AlarmService alarms;

    @Activate
    public AlarmResource(@Reference AlarmService alarms) {
        this.alarms = alarms;
    }

    @Override
    public String moduleId() {
        return GasModule.ID;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Created
    public Alarm raise(@Context SecurityContext sc, @NotNull @Valid NewAlarm body) {
        return alarms.raise(Callers.of(sc), body);
    }

    /** Filters {@code enterpriseCreditCode} (the user's), {@code status}; paging, newest first. */
    @GET
    public Page<Alarm> list(@Context SecurityContext sc, @QueryParam("enterpriseCreditCode")
                            @Pattern(regexp = CreditCode.PATTERN, message = CreditCode.FORM) String enterpriseCreditCode,
                            @QueryParam("status") Status status,
                            @Valid @BeanParam Paging paging) {
        return alarms.search(Callers.of(sc), enterpriseCreditCode, status == null ? null : status.name(),
                paging.toPageRequest());
    }

    @GET
    @Path("/{id}")
    public Alarm get(@Context SecurityContext sc, @PathParam("id") @Pattern(regexp = ID) String id) {
        return alarms.get(Callers.of(sc), id);
    }

    @POST
    @Path("/{id}/handle")
    @Consumes(MediaType.APPLICATION_JSON)
    @Responds(status = 409, when = "the alarm was handled already")
    public Alarm handle(@Context SecurityContext sc, @PathParam("id") @Pattern(regexp = ID) String id,
                        @NotNull @Valid Handling body) {
        return alarms.handle(Callers.of(sc), id, body.note());
    }
}
