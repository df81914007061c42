package org.anjian.domain.specialequipment.service;

import static org.anjian.domain.specialequipment.service.SpecialEquipmentService.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.anjian.api.common.ConflictException;
import org.anjian.api.common.NotFoundException;
import org.anjian.api.common.Page;
import org.anjian.api.common.PageRequest;
import org.anjian.api.common.ValidationException;
import org.anjian.api.kit.access.Callers;
import org.anjian.api.kit.fields.Fields;
import org.anjian.api.enterprise.Enterprise;
import org.anjian.api.security.AnjianPrincipal;
import org.anjian.domain.specialequipment.rules.Category;
import org.anjian.domain.specialequipment.rules.IntervalDecision;
import org.anjian.domain.specialequipment.store.Equipment;
import org.anjian.domain.specialequipment.store.EquipmentFilter;
import org.anjian.domain.specialequipment.store.Inspection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The register of equipment: registration with its codes and interval rules, search, detail. */
final class EquipmentRegister {
    private static final Logger LOG = LoggerFactory.getLogger(EquipmentRegister.class);

    private final ServiceContext ctx;

    EquipmentRegister(ServiceContext ctx) {
        this.ctx = ctx;
    }

    public EquipmentView register(AnjianPrincipal caller, NewEquipment body) {
        Callers.requireWriter(caller, "special-equipment records");
        if (body == null) {
            throw new ValidationException("body", "an equipment is required");
        }
        String creditCode = Fields.required("enterpriseCreditCode", body.enterpriseCreditCode());
        String categoryCode = Fields.required("categoryCode", body.categoryCode()).toUpperCase(Locale.ROOT);
        Category category = ctx.catalogue().find(categoryCode).filter(c -> c.code().equals(categoryCode))
                .orElseThrow(() -> new ValidationException("categoryCode",
                        "unknown category " + body.categoryCode() + " (not in the 特种设备目录)"));
        String equipmentCode = Fields.blankToNull(body.equipmentCode());
        if (equipmentCode != null) {
            ctx.codes().equipmentCodeProblem(equipmentCode).ifPresent(p -> {
                throw new ValidationException("equipmentCode", p);
            });
            String codeCategory = equipmentCode.substring(0, 4);
            if (!sameKind(codeCategory, category.code())) {
                throw new ValidationException("equipmentCode", "equipment code category " + codeCategory
                        + " does not belong to the same kind of equipment as categoryCode " + category.code());
            }
        }
        String registrationCode = Fields.blankToNull(body.registrationCode());
        if (registrationCode != null) {
            ctx.codes().registrationCodeProblem(registrationCode).ifPresent(p -> {
                throw new ValidationException("registrationCode", p);
            });
        }
        String rescueCode = body.rescueCode() == null || body.rescueCode().isEmpty() ? null : body.rescueCode();
        if (rescueCode != null) {
            ctx.codes().rescueCodeProblem(rescueCode).ifPresent(p -> {
                throw new ValidationException("rescueCode", p);
            });
            if (!ctx.catalogue().isWithin(category.code(), ELEVATORS)) {
                throw new ValidationException("rescueCode", "only elevators (category 3000) carry a 96333 rescue code");
            }
        }
        String certificateNo = Fields.optional("certificateNo", body.certificateNo(), 64);
        String location = Fields.optional("location", body.location(), MAX_TEXT);
        String contractor = Fields.optional("maintenanceContractor", body.maintenanceContractor(), MAX_TEXT);
        Integer grade = ctx.grade("safetyConditionGrade", body.safetyConditionGrade());
        LocalDate today = ctx.today();
        LocalDate lastInspection = Fields.optionalDate("lastInspection", body.lastInspection());
        if (lastInspection != null && lastInspection.isAfter(today)) {
            throw new ValidationException("lastInspection", "must not be in the future");
        }
        LocalDate givenNextDue = Fields.optionalDate("nextDue", body.nextDue());
        String status = Fields.blankToNull(body.status());
        if (status != null && !status.equals(Equipment.IN_USE) && !status.equals(Equipment.OUT_OF_SERVICE)) {
            throw new ValidationException("status", "must be IN_USE or OUT_OF_SERVICE");
        }
        IntervalDecision decision = ctx.settings.policy().decide(category.code(), grade);
        if (decision.outcome() == IntervalDecision.Outcome.NOT_USABLE) {
            if (Equipment.IN_USE.equals(status)) {
                throw new ValidationException("status", "equipment at safety condition grade " + grade
                        + " must not be used: register it OUT_OF_SERVICE");
            }
            status = Equipment.OUT_OF_SERVICE;
        }
        LocalDate nextDue;
        if (decision.hasInterval()) {
            if (givenNextDue != null) {
                throw new ValidationException("nextDue", "is computed from lastInspection for category "
                        + category.code() + " (interval " + decision.period() + "); leave it out");
            }
            nextDue = lastInspection == null ? null : lastInspection.plus(decision.period());
        } else {
            nextDue = givenNextDue;
        }
        if (status == null) {
            status = Equipment.IN_USE;
        }
        Enterprise enterprise = Callers.visibleEnterprise(ctx.enterprises, caller, "enterpriseCreditCode", creditCode);
        Instant now = ctx.clock.instant();
        Equipment e = new Equipment(UUID.randomUUID().toString(), enterprise.creditCode(), enterprise.regionCode(),
                category.code(), equipmentCode, registrationCode, certificateNo, location, contractor, rescueCode,
                grade, lastInspection, nextDue, status, 1, now, now);
        EquipmentView view = ctx.view(e, today);
        ctx.db.write(s -> {
            if (equipmentCode != null && ctx.equipment.findByCode(s.connection(), equipmentCode).isPresent()) {
                throw new ConflictException("DUPLICATE_EQUIPMENT_CODE", "equipmentCode",
                        "equipment code " + equipmentCode + " is already registered");
            }
            ctx.equipment.insert(s.connection(), e);
            s.outbox("equipment", e.id(), e.version(), "EQUIPMENT_REGISTERED", e.regionCode(), view);
            s.audit(caller.userId(), "EQUIPMENT_REGISTERED", "equipment", e.id(), null, e);
            return null;
        });
        return view;
    }

    /** Two category codes of the same kind: one lies within the other, or they share a top level. */
    private boolean sameKind(String a, String b) {
        Optional<Category> ta = ctx.catalogue().topLevel(a);
        Optional<Category> tb = ctx.catalogue().topLevel(b);
        return ta.isPresent() && tb.isPresent() && ta.get().code().equals(tb.get().code());
    }

    /**
     * Equipment the caller may see. {@code dueWithinDays}: IN_USE equipment due from today to today + N
     * (DUE_SOON: not yet overdue, so overdue equipment is not included); {@code overdue=true}: IN_USE
     * equipment whose due date is before today; {@code category}: a category code prefix, where a catalogue
     * code stands for itself and everything below it (3000 → every elevator, 2200 → 22xx).
     */
    public Page<EquipmentView> search(AnjianPrincipal caller, String enterpriseCreditCode, String category,
                                      Boolean overdue, Integer dueWithinDays, String status, PageRequest page) {
        Callers.require(caller);
        if (dueWithinDays != null && (dueWithinDays < 0 || dueWithinDays > MAX_DUE_WITHIN_DAYS)) {
            throw new ValidationException("dueWithinDays", "must be between 0 and " + MAX_DUE_WITHIN_DAYS);
        }
        String st = Fields.blankToNull(status);
        if (st != null && !st.equals(Equipment.IN_USE) && !st.equals(Equipment.OUT_OF_SERVICE)) {
            throw new ValidationException("status", "must be IN_USE or OUT_OF_SERVICE");
        }
        String prefix = categoryPrefix(Fields.blankToNull(category));
        LocalDate today = ctx.today();
        EquipmentFilter filter = new EquipmentFilter(ctx.enterprises.scope(caller), Fields.blankToNull(enterpriseCreditCode), prefix,
                overdue, dueWithinDays, st, today);
        Page<Equipment> rows = ctx.db.read(s -> ctx.equipment.search(s.connection(), filter, page.offset(), page.limit()));
        return new Page<>(rows.items().stream().map(e -> ctx.view(e, today)).toList(), rows.total());
    }

    static String categoryPrefix(String category) {
        if (category == null) {
            return null;
        }
        String c = category.toUpperCase(Locale.ROOT);
        if (!c.matches("[0-9A-Z]{1,4}")) {
            throw new ValidationException("category", "must be a category code or its prefix (1-4 digits or letters)");
        }
        if (c.length() == 4) {
            String stripped = c.replaceAll("0+$", "");
            return stripped.isEmpty() ? c : stripped;
        }
        return c;
    }

    /** The equipment with this 特种设备代码, whatever the jurisdiction (loaders and jobs). */
    public Optional<Equipment> findByCode(String equipmentCode) {
        return ctx.db.read(s -> ctx.equipment.findByCode(s.connection(), equipmentCode));
    }

    public EquipmentDetail get(AnjianPrincipal caller, String id) {
        Callers.require(caller);
        LocalDate today = ctx.today();
        return ctx.db.read(s -> {
            Equipment e = ctx.equipment.find(s.connection(), id).filter(x -> ctx.enterprises.sees(caller, x.enterpriseCreditCode()))
                    .orElseThrow(() -> new NotFoundException("equipment", id));
            return new EquipmentDetail(ctx.view(e, today), ctx.inspections.forEquipment(s.connection(), id),
                    ctx.overdueHazards.forEquipment(s.connection(), id));
        });
    }

    /** One recorded inspection of a piece of equipment the caller may see. */
    public Inspection inspection(AnjianPrincipal caller, String equipmentId, String inspectionId) {
        return get(caller, equipmentId).inspections().stream().filter(i -> i.id().equals(inspectionId)).findFirst()
                .orElseThrow(() -> new NotFoundException("inspection", inspectionId));
    }
}
