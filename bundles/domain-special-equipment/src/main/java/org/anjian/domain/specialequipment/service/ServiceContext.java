package org.anjian.domain.specialequipment.service;

import static org.anjian.domain.specialequipment.service.SpecialEquipmentService.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import org.anjian.api.common.ValidationException;
import org.anjian.api.enterprise.EnterpriseService;
import org.anjian.api.hazard.HazardService;
import org.anjian.api.spi.ModuleDatabase;
import org.anjian.domain.specialequipment.rules.Category;
import org.anjian.domain.specialequipment.rules.CategoryCatalogue;
import org.anjian.domain.specialequipment.rules.EquipmentCodes;
import org.anjian.domain.specialequipment.rules.InspectionStatus;
import org.anjian.domain.specialequipment.rules.IntervalDecision;
import org.anjian.domain.specialequipment.store.ElevatorEventRepository;
import org.anjian.domain.specialequipment.store.Equipment;
import org.anjian.domain.specialequipment.store.EquipmentRepository;
import org.anjian.domain.specialequipment.store.InspectionRepository;
import org.anjian.domain.specialequipment.store.OverdueHazardRepository;

/** What the jobs of the special-equipment service share: the platform services, the repositories, the rules. */
final class ServiceContext {
    final ModuleDatabase db;
    final EnterpriseService enterprises;
    final HazardService hazards;
    final Clock clock;
    final EquipmentRepository equipment = new EquipmentRepository();
    final InspectionRepository inspections = new InspectionRepository();
    final OverdueHazardRepository overdueHazards = new OverdueHazardRepository();
    final ElevatorEventRepository events = new ElevatorEventRepository();
    volatile Settings settings;

    ServiceContext(ModuleDatabase db, EnterpriseService enterprises, HazardService hazards, Settings settings, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.enterprises = Objects.requireNonNull(enterprises, "enterprises");
        this.hazards = Objects.requireNonNull(hazards, "hazards");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    CategoryCatalogue catalogue() {
        return settings.policy().catalogue();
    }

    EquipmentCodes codes() {
        return new EquipmentCodes(catalogue(), clock);
    }

    EquipmentView view(Equipment e, LocalDate today) {
        String name = catalogue().find(e.categoryCode()).map(Category::nameZh).orElse(e.categoryCode());
        return EquipmentView.of(e, name, inspectionStatus(e, today));
    }

    String inspectionStatus(Equipment e, LocalDate today) {
        if (Equipment.OUT_OF_SERVICE.equals(e.status())) {
            return Equipment.OUT_OF_SERVICE;
        }
        IntervalDecision d = settings.policy().decide(e.categoryCode(), e.safetyConditionGrade());
        if (d.outcome() == IntervalDecision.Outcome.NOT_USABLE) {
            return InspectionStatus.NOT_USABLE.name();
        }
        if (e.nextDue() == null) {
            return (e.lastInspection() == null ? InspectionStatus.NEVER_INSPECTED
                    : d.outcome() == IntervalDecision.Outcome.MONITORED ? InspectionStatus.MONITORED
                    : InspectionStatus.NO_RULE).name();
        }
        if (today.isAfter(e.nextDue())) {
            return InspectionStatus.OVERDUE.name();
        }
        return !e.nextDue().isAfter(today.plusDays(settings.dueSoonDays())) ? InspectionStatus.DUE_SOON.name()
                : InspectionStatus.OK.name();
    }

    static Integer grade(String field, Integer grade) {
        if (grade != null && (grade < 1 || grade > 5)) {
            throw new ValidationException(field, "must be 1 to 5 (安全状况等级)");
        }
        return grade;
    }
}
