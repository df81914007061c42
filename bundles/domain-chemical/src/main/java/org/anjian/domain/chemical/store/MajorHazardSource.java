package org.anjian.domain.chemical.store;

import java.time.Instant;
import java.util.List;

/**
 * 重大危险源 (a production or storage unit) with its GB 18218 result and 包保责任人. {@code substances} and
 * {@code guarantors} are null in list results (summaries) and filled for a single source.
 */
public record MajorHazardSource(String id, String enterpriseCreditCode, String regionCode, String name,
                                String unitType, int exposedPopulation, double s, double r, boolean major,
                                Integer grade, long version, Instant createdAt, Instant updatedAt,
                                List<Substance> substances, List<Guarantor> guarantors) {

    /** One substance line as entered (by CAS, name or hazard class). */
    public record Substance(String cas, String name, String hazardClass, double quantityTonnes) {
    }

    /** 包保责任人: role PRINCIPAL (主要负责人), TECHNICAL (技术负责人) or OPERATIONAL (操作负责人). */
    public record Guarantor(String role, String name, String position, String phone) {
    }

    public MajorHazardSource withDetails(List<Substance> newSubstances, List<Guarantor> newGuarantors) {
        return new MajorHazardSource(id, enterpriseCreditCode, regionCode, name, unitType, exposedPopulation, s, r,
                major, grade, version, createdAt, updatedAt, List.copyOf(newSubstances), List.copyOf(newGuarantors));
    }
}
