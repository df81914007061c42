package org.anjian.domain.chemical.api;

import org.anjian.api.spi.ModuleDatabase;
import org.anjian.api.kit.access.Callers;
import javax.validation.Valid;
import javax.ws.rs.BeanParam;
import org.anjian.api.rest.Paging;
import javax.validation.constraints.NotNull;
import javax.validation.constraints.Pattern;
import org.anjian.api.enterprise.CreditCode;
import org.anjian.api.rest.Created;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.anjian.api.common.Page;
import org.anjian.api.common.PageRequest;
import org.anjian.api.enterprise.EnterpriseService;
import org.anjian.api.spi.DomainResource;
import org.anjian.domain.chemical.module.ChemicalModule;
import org.anjian.domain.chemical.rules.PermitValidityPolicy;
import org.anjian.api.kit.fields.Fields;
import org.anjian.domain.chemical.service.PermitService;
import org.anjian.domain.chemical.store.WorkPermit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * {@code /api/v1/domains/chemical/work-permits}: 特殊作业票 filed by enterprises. The maximum validity per
 * type/grade is configuration (ISO-8601 durations such as {@code PT8H} or {@code P15D}); a blank value
 * means the PermitValidityPolicy default.
 */
@Component(service = DomainResource.class)
@Designate(ocd = WorkPermitResource.Config.class)
@Path("/work-permits")
@Produces(MediaType.APPLICATION_JSON)
public class WorkPermitResource implements DomainResource {

    @ObjectClassDefinition(name = "Anjian chemical: special work permit validity",
            description = "Maximum validity of 作业票 per type and grade (ISO-8601 durations, GB 30871)")
    public @interface Config {
        @AttributeDefinition(name = "特级动火 (HOT_WORK:SPECIAL)")
        String hotWork_special() default "PT8H";

        @AttributeDefinition(name = "一级动火 (HOT_WORK:GRADE1)")
        String hotWork_grade1() default "PT8H";

        @AttributeDefinition(name = "二级动火 (HOT_WORK:GRADE2)")
        String hotWork_grade2() default "PT72H";

        @AttributeDefinition(name = "受限空间 (CONFINED_SPACE)")
        String confinedSpace() default "PT24H";

        @AttributeDefinition(name = "临时用电 (TEMPORARY_POWER)")
        String temporaryPower() default "P15D";

        @AttributeDefinition(name = "盲板抽堵 (BLIND_PLATE)")
        String blindPlate() default "PT24H";

        @AttributeDefinition(name = "高处作业 (WORK_AT_HEIGHT)")
        String workAtHeight() default "PT24H";

        @AttributeDefinition(name = "吊装作业 (LIFTING)")
        String lifting() default "PT24H";

        @AttributeDefinition(name = "动土作业 (EXCAVATION)")
        String excavation() default "PT24H";

        @AttributeDefinition(name = "断路作业 (ROAD_CLOSURE)")
        String roadClosure() default "PT24H";
    }

    private final PermitService permits;

    @Activate
    public WorkPermitResource(@Reference(target = ChemicalModule.DATABASE) ModuleDatabase database, @Reference EnterpriseService enterprises,
                              Config config) {
        this.permits = new PermitService(database, enterprises, Clock.systemUTC(), policy(config));
    }

    /** The policy of a configuration: each blank entry keeps PermitValidityPolicy's default. */
    public static PermitValidityPolicy policy(Config c) {
        Map<String, String> configured = new LinkedHashMap<>();
        configured.put("HOT_WORK:SPECIAL", c.hotWork_special());
        configured.put("HOT_WORK:GRADE1", c.hotWork_grade1());
        configured.put("HOT_WORK:GRADE2", c.hotWork_grade2());
        configured.put("CONFINED_SPACE", c.confinedSpace());
        configured.put("TEMPORARY_POWER", c.temporaryPower());
        configured.put("BLIND_PLATE", c.blindPlate());
        configured.put("WORK_AT_HEIGHT", c.workAtHeight());
        configured.put("LIFTING", c.lifting());
        configured.put("EXCAVATION", c.excavation());
        configured.put("ROAD_CLOSURE", c.roadClosure());
        Map<String, Duration> max = PermitValidityPolicy.defaultMaxValidity();
        for (Map.Entry<String, String> e : configured.entrySet()) {
            if (e.getValue() == null || e.getValue().isBlank()) {
                continue;
            }
            try {
                max.put(e.getKey(), Duration.parse(e.getValue().strip()));
            } catch (DateTimeParseException ex) {
                throw new IllegalArgumentException("maxValidity[" + e.getKey() + "]: not an ISO-8601 duration: "
                        + e.getValue(), ex);
            }
        }
        return new PermitValidityPolicy(max);
    }

    @Override
    public String moduleId() {
        return ChemicalModule.ID;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Created
    public WorkPermit create(@Context SecurityContext sc, @NotNull @Valid PermitService.NewPermit request) {
        return permits.create(Callers.of(sc), request);
    }

    @GET
    public Page<WorkPermit> list(@Context SecurityContext sc,
                                 @QueryParam("enterpriseCreditCode") @Pattern(regexp = CreditCode.PATTERN, message = CreditCode.FORM) String enterpriseCreditCode,
                                 @QueryParam("active") Boolean active, @Valid @BeanParam Paging paging) {
        return permits.search(Callers.of(sc), enterpriseCreditCode, active, paging.toPageRequest());
    }
}
