package org.anjian.api.enterprise;

import java.util.List;

/**
 * 一企一档: the enterprise record, keyed by its unified social credit code. {@code version} counts
 * changes (it is the optimistic-lock token and part of the exchange idempotency key).
 */
public record Enterprise(
        String creditCode,
        String name,
        String industryCode,
        String address,
        String regionCode,
        String gridCode,
        List<String> supervisingDepartments,
        RiskColour riskColour,
        Assessment assessment,
        StandardizationGrade standardizationGrade,
        List<Guarantor> guarantors,
        Long version) {

    public Enterprise {
        supervisingDepartments = supervisingDepartments == null ? List.of() : List.copyOf(supervisingDepartments);
        guarantors = guarantors == null ? List.of() : List.copyOf(guarantors);
    }
}
