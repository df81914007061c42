package org.anjian.api.exchange.record;

import java.util.List;
import java.util.Objects;

/**
 * A major hazard source (重大危险源, GB 18218) of an enterprise: its name, its grade (1 = 一级 … 4 = 四级), the
 * R value the grade was computed from, and its guarantors (包保责任人).
 */
public record MajorHazardSourceRecord(String id, String enterpriseCreditCode, String regionCode, String name,
                                      int grade, double rValue, List<Guarantor> guarantors) implements CanonicalRecord {
    /** A 包保责任人: role PRINCIPAL (主要负责人), TECHNICAL (技术负责人) or OPERATIONAL (操作负责人). */
    public record Guarantor(String role, String name, String position, String phone) {
        public Guarantor {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(name, "name");
        }
    }

    public MajorHazardSourceRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(enterpriseCreditCode, "enterpriseCreditCode");
        Objects.requireNonNull(name, "name");
        if (grade < 1 || grade > 4) {
            throw new IllegalArgumentException("grade must be 1 to 4: " + grade);
        }
        guarantors = List.copyOf(guarantors == null ? List.of() : guarantors);
    }
}
