package org.anjian.domain.specialequipment.store;

import java.time.LocalDate;

/**
 * Filters of the equipment list; null means "any".
 *
 * @param scope the caller's enterprises (the platform's jurisdiction rule)
 * @param enterpriseCreditCode exact enterprise
 * @param categoryPrefix prefix of the category code (e.g. "3" for every elevator)
 * @param overdue true: IN_USE with next_due before today; false: anything else
 * @param dueWithinDays IN_USE with today <= next_due <= today + N (due soon, not yet overdue)
 * @param status IN_USE or OUT_OF_SERVICE
 * @param today the day the due filters are evaluated on
 */
public record EquipmentFilter(org.anjian.api.enterprise.EnterpriseScope scope, String enterpriseCreditCode, String categoryPrefix,
                              Boolean overdue, Integer dueWithinDays, String status, LocalDate today) {
}
