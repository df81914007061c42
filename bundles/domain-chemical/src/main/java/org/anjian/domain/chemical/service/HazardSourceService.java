package org.anjian.domain.chemical.service;

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
import javax.validation.constraints.PositiveOrZero;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.anjian.api.common.NotFoundException;
import org.anjian.api.common.Page;
import org.anjian.api.common.PageRequest;
import org.anjian.api.common.ValidationException;
import org.anjian.api.enterprise.Enterprise;
import org.anjian.api.enterprise.EnterpriseService;
import org.anjian.api.security.AnjianPrincipal;
import org.anjian.api.spi.ModuleDatabase;
import org.anjian.domain.chemical.api.AssessmentRequest;
import org.anjian.domain.chemical.api.MajorHazardAssessmentResource;
import org.anjian.domain.chemical.rules.AssessmentResult;
import org.anjian.domain.chemical.rules.MajorHazardAssessment;
import org.anjian.domain.chemical.rules.SubstanceQuantity;
import org.anjian.domain.chemical.rules.UnknownSubstanceException;
import org.anjian.domain.chemical.store.HazardSourceRepository;
import org.anjian.api.kit.jdbc.Jdbc;
import org.anjian.domain.chemical.store.MajorHazardSource;

/** 重大危险源: registered with their GB 18218 S, R, grade and three 包保责任人. */
@Component(service = HazardSourceService.class)
public final class HazardSourceService {

    /** PRODUCTION (生产单元) or STORAGE (储存单元). */
    public enum UnitType { PRODUCTION, STORAGE }

    /** 主要负责人, 技术负责人, 操作负责人. */
    public enum GuarantorRole { PRINCIPAL, TECHNICAL, OPERATIONAL }

    /** Body of {@code POST /major-hazard-sources}. */
    public record NewSource(@NotNull @Pattern(regexp = CreditCode.PATTERN, message = CreditCode.FORM) String enterpriseCreditCode, @NotBlank @Size(min = 1, max = 200) String name,
                            @NotNull UnitType unitType, @NotNull @PositiveOrZero Integer exposedPopulation,
                            @NotNull @Size(min = 1, max = AssessmentRequest.MAX_SUBSTANCES) @Valid
                            List<AssessmentRequest.@NotNull SubstanceInput> substances,
                            @Size(max = 3) @Valid List<@NotNull GuarantorInput> guarantors) {
    }

    /** A 包保责任人 in a request. */
    public record GuarantorInput(@NotNull GuarantorRole role, @NotBlank @Size(min = 1, max = 100) String name,
                                 @Size(max = 100) String position,
                                 @Pattern(regexp = org.anjian.api.enterprise.Guarantor.PHONE_PATTERN,
                                         message = "is not a phone number") String phone) {
    }

    private final ModuleDatabase db;
    private final EnterpriseService enterprises;
    private final Clock clock;
    private final MajorHazardAssessment assessment;
    private final HazardSourceRepository sources = new HazardSourceRepository();

    @Activate
    public HazardSourceService(@Reference(target = ChemicalModule.DATABASE) ModuleDatabase db,
                               @Reference EnterpriseService enterprises, @Reference CountyClock clock) {
        this(db, enterprises, clock.clock(), MajorHazardAssessment.withDefaultCatalogue());
    }

    /** Outside OSGi (tests, loaders): DS sees only the {@code @Activate} constructor, since Felix SCR picks a
     * public constructor by its number of arguments and would try this one too. */
    public static HazardSourceService of(ModuleDatabase db, EnterpriseService enterprises, Clock clock,
                               MajorHazardAssessment assessment) {
        return new HazardSourceService(db, enterprises, clock, assessment);
    }

    private HazardSourceService(ModuleDatabase db, EnterpriseService enterprises, Clock clock,
                               MajorHazardAssessment assessment) {
        this.db = db;
        this.enterprises = enterprises;
        this.clock = clock;
        this.assessment = assessment;
    }

    public MajorHazardSource create(AnjianPrincipal caller, NewSource request) {
        Callers.requireWriter(caller, "chemical records");
        Fields.body(request);
        Enterprise enterprise = Callers.visibleEnterprise(enterprises, caller, "enterpriseCreditCode",
                request.enterpriseCreditCode());
        String name = Fields.required("name", request.name(), 200);
        UnitType unitType = request.unitType();
        if (unitType == null) {
            throw new ValidationException("unitType", "is required (PRODUCTION or STORAGE)");
        }
        List<SubstanceQuantity> quantities = MajorHazardAssessmentResource.toQuantities(
                new AssessmentRequest(request.substances(), request.exposedPopulation()));
        for (int i = 0; i < request.substances().size(); i++) {
            AssessmentRequest.SubstanceInput in = request.substances().get(i);
            Fields.optional("substances[" + i + "].cas", in.cas(), 20);
            Fields.optional("substances[" + i + "].name", in.name(), 200);
            Fields.optional("substances[" + i + "].hazardClass", in.hazardClass(), 10);
        }
        AssessmentResult result;
        try {
            result = assessment.assess(quantities, request.exposedPopulation());
        } catch (UnknownSubstanceException e) {
            throw new ValidationException(e.field(), "unknown substance " + e.reference()
                    + " (not in the GB 18218 table; give its hazardClass to use the class values)");
        } catch (IllegalArgumentException e) {
            throw new ValidationException("substances", e.getMessage());
        }
        List<MajorHazardSource.Substance> substances = new ArrayList<>();
        for (SubstanceQuantity q : quantities) {
            substances.add(new MajorHazardSource.Substance(q.substance().cas(), q.substance().name(),
                    q.substance().hazardClass(), q.quantityTonnes()));
        }
        List<MajorHazardSource.Guarantor> guarantors = guarantors(request.guarantors());
        Instant now = clock.instant();
        MajorHazardSource source = new MajorHazardSource(Jdbc.newId(), enterprise.creditCode(),
                enterprise.regionCode(), name, unitType.name(), request.exposedPopulation(), result.s(), result.r(),
                result.major(), result.grade(), 1, now, now, substances, guarantors);
        return db.write(s -> {
            sources.insert(s.connection(), source);
            s.outbox(Records.MAJOR_HAZARD_SOURCE, source.id(), source.version(), "created", source.regionCode(),
                    source);
            s.audit(caller.userId(), "create", Records.MAJOR_HAZARD_SOURCE, source.id(), null, source);
            return source;
        });
    }

    public MajorHazardSource find(AnjianPrincipal caller, String id) {
        return db.read(s -> sources.find(s.connection(), id))
                .filter(m -> enterprises.sees(caller, m.enterpriseCreditCode()))
                .orElseThrow(() -> new NotFoundException("majorHazardSource", id));
    }

    public Page<MajorHazardSource> search(AnjianPrincipal caller, String enterpriseCreditCode, Integer grade,
                                          PageRequest page) {
        if (grade != null && (grade < 1 || grade > 4)) {
            throw new ValidationException("grade", "must be 1 to 4");
        }
        String enterprise = Fields.optional("enterpriseCreditCode", enterpriseCreditCode, 18);
        Page<MajorHazardSource> rows = db.read(s -> sources.search(s.connection(), enterprises.scope(caller), enterprise,
                grade, page));
        return rows;
    }

    private static List<MajorHazardSource.Guarantor> guarantors(List<GuarantorInput> input) {
        if (input == null) {
            return List.of();
        }
        if (input.size() > GuarantorRole.values().length) {
            throw new ValidationException("guarantors", "at most one per role (PRINCIPAL, TECHNICAL, OPERATIONAL)");
        }
        Set<GuarantorRole> seen = EnumSet.noneOf(GuarantorRole.class);
        List<MajorHazardSource.Guarantor> out = new ArrayList<>();
        for (int i = 0; i < input.size(); i++) {
            String field = "guarantors[" + i + "]";
            GuarantorInput g = input.get(i);
            if (g == null) {
                throw new ValidationException(field, "is required");
            }
            GuarantorRole role = g.role();
            if (role == null) {
                throw new ValidationException(field + ".role", "is required (PRINCIPAL, TECHNICAL or OPERATIONAL)");
            }
            if (!seen.add(role)) {
                throw new ValidationException(field + ".role", "duplicate role " + role + " (at most one per role)");
            }
            out.add(new MajorHazardSource.Guarantor(role.name(), Fields.required(field + ".name", g.name(), 100),
                    Fields.optional(field + ".position", g.position(), 100),
                    Fields.optional(field + ".phone", g.phone(), 32)));
        }
        return out;
    }
}
