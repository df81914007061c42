package org.anjian.api.exchange.record;

import java.util.Objects;

/**
 * A 危险性较大的分部分项工程 of a project under construction (住建部令第37号), as peers learn it: the project, the work,
 * its category (建办质〔2018〕31号), its level ({@code DANGEROUS} or {@code BEYOND_SCALE}) and the lifecycle stage it has
 * reached ({@code PLAN_DRAFTED}, {@code EXPERT_REVIEWED}, {@code APPROVED}, {@code IN_PROGRESS}, {@code ACCEPTED}).
 * The enterprise is the project's general contractor.
 */
public record DangerousWorkRecord(String id, String enterpriseCreditCode, String regionCode, String projectCode,
                                  String projectName, String name, String category, String level, String stage)
        implements CanonicalRecord {
    public DangerousWorkRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(enterpriseCreditCode, "enterpriseCreditCode");
        Objects.requireNonNull(projectCode, "projectCode");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(stage, "stage");
    }
}
