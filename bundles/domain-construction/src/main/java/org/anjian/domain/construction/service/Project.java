package org.anjian.domain.construction.service;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A project under construction (在建项目). It belongs to its general contractor (施工总承包单位), who is responsible
 * for the site's safety: {@code enterpriseCreditCode} is the contractor, and the platform's one jurisdiction rule
 * scopes projects through it. The counts and the key personnel are read with the project; {@code version} counts its
 * changes (the exchange's idempotency key).
 */
public record Project(String id, String projectCode, String name, String builderCreditCode,
                      String contractorCreditCode, String enterpriseCreditCode, String regionCode, String address,
                      String status, LocalDate startDate, LocalDate plannedCompletionDate, long dangerousWorks,
                      long beyondScaleWorks, KeyPersonnel keyPersonnel, long version, Instant createdAt,
                      Instant updatedAt) {

    /** Whether the project has a valid 项目负责人 (B) and a valid 专职安全生产管理人员 (C) today. */
    public record KeyPersonnel(boolean projectManager, boolean safetyOfficer) {
        public boolean complete() {
            return projectManager && safetyOfficer;
        }
    }
}
