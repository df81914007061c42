package org.anjian.domain.chemical.service;

import java.util.Map;
import java.util.LinkedHashMap;
import java.time.format.DateTimeParseException;
import java.time.Duration;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.component.annotations.Modified;
import org.anjian.domain.chemical.module.ChemicalModule;
import org.anjian.api.system.CountyClock;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Activate;
import org.anjian.api.kit.access.Callers;
import org.anjian.api.kit.fields.Fields;
import javax.validation.Valid;
import javax.validation.constraints.NotBlank;
import javax.validation.constraints.NotNull;
import javax.validation.constraints.Pattern;
import javax.validation.constraints.Size;
import org.anjian.api.enterprise.CreditCode;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.anjian.api.common.Page;
import org.anjian.api.common.PageRequest;
import org.anjian.api.common.ValidationException;
import org.anjian.api.enterprise.Enterprise;
import org.anjian.api.enterprise.EnterpriseService;
import org.anjian.api.security.AnjianPrincipal;
import org.anjian.api.spi.ModuleDatabase;
import org.anjian.domain.chemical.rules.PermitValidityPolicy;
import org.anjian.domain.chemical.rules.SpecialWorkGrade;
import org.anjian.domain.chemical.rules.SpecialWorkType;
import org.anjian.api.kit.jdbc.Jdbc;
import org.anjian.domain.chemical.store.PermitRepository;
import org.anjian.domain.chemical.store.WorkPermit;

/**
 * 特殊作业票 filed by enterprises, checked against the configured maximum validity (GB 30871): per type/grade an
 * ISO-8601 duration such as {@code PT8H} or {@code P15D}; a blank value means the PermitValidityPolicy default.
 */
@Component(service = PermitService.class, configurationPid = PermitService.PID)
@Designate(ocd = PermitService.Config.class)
public final class PermitService {
    /** The configuration's PID (kept from the first release, when the resource read it). */
    public static final String PID = "org.anjian.domain.chemical.api.WorkPermitResource";

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


    /** Body of {@code POST /work-permits}; instants in ISO-8601. */
    public record NewPermit(@NotNull @Pattern(regexp = CreditCode.PATTERN, message = CreditCode.FORM) String enterpriseCreditCode, @NotNull SpecialWorkType workType,
                            SpecialWorkGrade grade, @NotNull Instant validFrom, @NotNull Instant validUntil,
                            @NotBlank @Size(min = 1, max = 200) String location,
                            @NotBlank @Size(min = 1, max = 100) String applicant,
                            @NotBlank @Size(min = 1, max = 100) String attendant) {
    }

    private final ModuleDatabase db;
    private final EnterpriseService enterprises;
    private final Clock clock;
    private volatile PermitValidityPolicy policy;
    private final PermitRepository permits = new PermitRepository();

    @Activate
    public PermitService(@Reference(target = ChemicalModule.DATABASE) ModuleDatabase db,
                         @Reference EnterpriseService enterprises, @Reference CountyClock clock, Config config) {
        this(db, enterprises, clock.clock(), policy(config));
    }

    /** Outside OSGi (tests, loaders): DS sees only the {@code @Activate} constructor, since Felix SCR picks a
     * public constructor by its number of arguments and would try this one too. */
    public static PermitService of(ModuleDatabase db, EnterpriseService enterprises, Clock clock, PermitValidityPolicy policy) {
        return new PermitService(db, enterprises, clock, policy);
    }

    private PermitService(ModuleDatabase db, EnterpriseService enterprises, Clock clock, PermitValidityPolicy policy) {
        this.db = db;
        this.enterprises = enterprises;
        this.clock = clock;
        this.policy = policy;
    }

    @Modified
    void modified(Config config) {
        this.policy = policy(config);
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

    public WorkPermit create(AnjianPrincipal caller, NewPermit request) {
        Callers.requireWriter(caller, "chemical records");
        Fields.body(request);
        Enterprise enterprise = Callers.visibleEnterprise(enterprises, caller, "enterpriseCreditCode",
                request.enterpriseCreditCode());
        SpecialWorkType type = request.workType();
        if (type == null) {
            throw new ValidationException("workType", "is required, one of " + java.util.Arrays.toString(SpecialWorkType.values()));
        }
        SpecialWorkGrade grade = request.grade();
        if (!type.accepts(grade)) {
            throw new ValidationException("grade", grade == null
                    ? "is required for " + type.chineseName() + ", one of " + type.grades()
                    : grade + " is not a grade of " + type.chineseName()
                            + (type.isGraded() ? ", one of " + type.grades() : ", which has no grades"));
        }
        Instant from = request.validFrom();
        Instant until = request.validUntil();
        if (from == null || until == null) {
            throw new ValidationException(from == null ? "validFrom" : "validUntil", "is required (an ISO date-time with offset)");
        }
        try {
            policy.check(type, grade, from, until);
        } catch (IllegalStateException e) {
            throw new ValidationException("workType", e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new ValidationException(fieldOf(e.getMessage()), e.getMessage());
        }
        WorkPermit permit = new WorkPermit(Jdbc.newId(), enterprise.creditCode(), enterprise.regionCode(),
                type.name(), grade == null ? null : grade.name(), from, until,
                Fields.required("location", request.location(), 200),
                Fields.required("applicant", request.applicant(), 100),
                Fields.required("attendant", request.attendant(), 100), WorkPermit.FILED, clock.instant(),
                caller.userId());
        return db.write(s -> {
            permits.insert(s.connection(), permit);
            s.outbox(Records.WORK_PERMIT, permit.id(), 1, "filed", permit.regionCode(), permit);
            s.audit(caller.userId(), "file", Records.WORK_PERMIT, permit.id(), null, permit);
            return permit;
        });
    }

    /** {@code active} true: only permits valid now; false or null: all. */
    public Page<WorkPermit> search(AnjianPrincipal caller, String enterpriseCreditCode, Boolean active,
                                   PageRequest page) {
        String enterprise = Fields.optional("enterpriseCreditCode", enterpriseCreditCode, 18);
        Instant at = Boolean.TRUE.equals(active) ? clock.instant() : null;
        Page<WorkPermit> rows = db.read(s -> permits.search(s.connection(), enterprises.scope(caller), enterprise, at,
                page));
        return rows;
    }

    /** The policy names the field first in its messages ("validUntil: ...", "grade ..."). */
    static String fieldOf(String message) {
        String m = message == null ? "" : message.toLowerCase(Locale.ROOT);
        if (m.startsWith("validfrom")) {
            return "validFrom";
        }
        if (m.startsWith("grade")) {
            return "grade";
        }
        if (m.startsWith("type")) {
            return "workType";
        }
        return "validUntil";
    }
}
