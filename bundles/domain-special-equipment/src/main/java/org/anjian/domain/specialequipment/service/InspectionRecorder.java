package org.anjian.domain.specialequipment.service;

import static org.anjian.domain.specialequipment.service.SpecialEquipmentService.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.anjian.api.common.NotFoundException;
import org.anjian.api.common.ValidationException;
import org.anjian.api.kit.access.Callers;
import org.anjian.api.kit.fields.Fields;
import org.anjian.api.security.AnjianPrincipal;
import org.anjian.domain.specialequipment.rules.IntervalDecision;
import org.anjian.domain.specialequipment.store.Equipment;
import org.anjian.domain.specialequipment.store.Inspection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** 定期检验 results: the next due date from the interval rules, and the overdue hazards an inspection closes. */
final class InspectionRecorder {
    private static final Logger LOG = LoggerFactory.getLogger(InspectionRecorder.class);

    private final ServiceContext ctx;
    private final OverdueInspections overdue;

    InspectionRecorder(ServiceContext ctx, OverdueInspections overdue) {
        this.ctx = ctx;
        this.overdue = overdue;
    }

    public InspectionResult recordInspection(AnjianPrincipal caller, String equipmentId, NewInspection body) {
        Callers.requireWriter(caller, "special-equipment records");
        Equipment current = ctx.db.read(s -> ctx.equipment.find(s.connection(), equipmentId))
                .filter(x -> ctx.enterprises.sees(caller, x.enterpriseCreditCode()))
                .orElseThrow(() -> new NotFoundException("equipment", equipmentId));
        if (body == null) {
            throw new ValidationException("body", "an inspection is required");
        }
        LocalDate today = ctx.today();
        LocalDate inspectedOn = Fields.date("inspectedOn", body.inspectedOn());
        if (inspectedOn.isAfter(today)) {
            throw new ValidationException("inspectedOn", "must not be in the future");
        }
        if (current.lastInspection() != null && inspectedOn.isBefore(current.lastInspection())) {
            throw new ValidationException("inspectedOn", "is before the last recorded inspection ("
                    + current.lastInspection() + ")");
        }
        String result = Fields.required("result", body.result()).toUpperCase(Locale.ROOT);
        if (!result.equals(Inspection.PASS) && !result.equals(Inspection.FAIL)) {
            throw new ValidationException("result", "must be PASS or FAIL");
        }
        String inspector = Fields.optional("inspector", body.inspector(), MAX_TEXT);
        String reportNo = Fields.optional("reportNo", body.reportNo(), 64);
        Integer reported = ctx.grade("safetyConditionGrade", body.safetyConditionGrade());
        Integer grade = reported != null ? reported : current.safetyConditionGrade();
        IntervalDecision decision = ctx.settings.policy().decide(current.categoryCode(), grade);
        LocalDate nextDue = decision.hasInterval() ? inspectedOn.plus(decision.period()) : null;
        boolean usable = result.equals(Inspection.PASS) && decision.outcome() != IntervalDecision.Outcome.NOT_USABLE;
        Instant now = ctx.clock.instant();
        Inspection inspection = new Inspection(UUID.randomUUID().toString(), equipmentId, inspectedOn, result,
                inspector, reportNo, reported, now, caller.userId());
        Equipment updated = current.inspected(inspectedOn, grade, nextDue,
                usable ? Equipment.IN_USE : Equipment.OUT_OF_SERVICE, now);
        EquipmentView view = ctx.view(updated, today);
        ctx.db.write(s -> {
            ctx.inspections.insert(s.connection(), inspection);
            ctx.equipment.updateInspection(s.connection(), updated);
            s.outbox("inspection", inspection.id(), 1, "INSPECTION_RECORDED", updated.regionCode(), inspection);
            s.outbox("equipment", updated.id(), updated.version(), "EQUIPMENT_INSPECTED", updated.regionCode(), view);
            s.audit(caller.userId(), "INSPECTION_RECORDED", "equipment", updated.id(), current, updated);
            return null;
        });
        List<Long> closed = overdue.closeOverdueHazards(updated, inspection);
        return new InspectionResult(inspection, view, closed);
    }

    /**
     * Closes the open overdue hazards of an equipment after an inspection, through the legal transitions
     * still needed from each hazard's status (ASSIGN, START, SUBMIT, ACCEPT), as the system. A hazard that
     * cannot be closed now stays open here and is retried by {@link #retryClosingOverdueHazards()}.
     */
}
