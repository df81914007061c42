package org.anjian.domain.gas.rules;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The periodic inspection and the scrap age of an LPG steel cylinder (YSP series), as configuration with the known
 * values as defaults (DOMAIN.md 1.4 [P]): the first three periodic inspections every 4 years from manufacture, each
 * later one valid 3 years; scrapped at its design life (8 years is the value commonly cited for GB 5842 cylinders, [U]:
 * verify against TSG 23-2021). Pure functions of the rules, the cylinder's dates and the day.
 */
public record CylinderRules(int firstIntervalYears, int laterIntervalYears, int inspectionsAtFirstInterval,
                            int designLifeYears, int dueSoonDays) {
    public CylinderRules {
        if (firstIntervalYears < 1 || laterIntervalYears < 1 || inspectionsAtFirstInterval < 0 || designLifeYears < 1
                || dueSoonDays < 0) {
            throw new IllegalArgumentException("cylinder rules out of range: " + firstIntervalYears + "/"
                    + laterIntervalYears + "/" + inspectionsAtFirstInterval + "/" + designLifeYears + "/" + dueSoonDays);
        }
    }

    public static CylinderRules defaults() {
        return new CylinderRules(4, 3, 3, 8, 30);
    }

    /** The reasons a cylinder may not be filled (the 409 codes of the contract). */
    public enum Refusal {
        CYLINDER_SCRAPPED("the cylinder is scrapped"),
        CYLINDER_PAST_SCRAP_DATE("the cylinder is past its scrap date"),
        CYLINDER_INSPECTION_OVERDUE("the cylinder's periodic inspection is overdue");

        private final String reason;

        Refusal(String reason) {
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    /** The inspection state of a cylinder in service. */
    public enum Inspection { OK, DUE_SOON, OVERDUE }

    /**
     * When the next periodic inspection is due: {@code firstIntervalYears} after manufacture for a cylinder never
     * inspected; after its k-th inspection, {@code firstIntervalYears} while k is below
     * {@code inspectionsAtFirstInterval}, then {@code laterIntervalYears}.
     */
    public LocalDate nextInspectionDue(LocalDate manufacturedOn, LocalDate lastInspectedOn, int inspections) {
        if (lastInspectedOn == null || inspections <= 0) {
            return manufacturedOn.plusYears(firstIntervalYears);
        }
        return lastInspectedOn.plusYears(inspections < inspectionsAtFirstInterval ? firstIntervalYears : laterIntervalYears);
    }

    public LocalDate scrapDue(LocalDate manufacturedOn) {
        return manufacturedOn.plusYears(designLifeYears);
    }

    public Inspection inspection(LocalDate nextDue, LocalDate today) {
        if (today.isAfter(nextDue)) {
            return Inspection.OVERDUE;
        }
        return nextDue.isAfter(today.plusDays(dueSoonDays)) ? Inspection.OK : Inspection.DUE_SOON;
    }

    /** Why the cylinder may not be filled today, if it may not. */
    public Optional<Refusal> fillRefusal(boolean scrapped, LocalDate scrapDue, LocalDate nextDue, LocalDate today) {
        if (scrapped) {
            return Optional.of(Refusal.CYLINDER_SCRAPPED);
        }
        if (!today.isBefore(scrapDue)) {
            return Optional.of(Refusal.CYLINDER_PAST_SCRAP_DATE);
        }
        return today.isAfter(nextDue) ? Optional.of(Refusal.CYLINDER_INSPECTION_OVERDUE) : Optional.empty();
    }
}
