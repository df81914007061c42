package org.anjian.domain.chemical.service;

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

/** 特殊作业票 filed by enterprises, checked against the configured maximum validity (GB 30871). */
public final class PermitService {

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
    private final PermitValidityPolicy policy;
    private final PermitRepository permits = new PermitRepository();

    public PermitService(ModuleDatabase db, EnterpriseService enterprises, Clock clock, PermitValidityPolicy policy) {
        this.db = db;
        this.enterprises = enterprises;
        this.clock = clock;
        this.policy = policy;
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
