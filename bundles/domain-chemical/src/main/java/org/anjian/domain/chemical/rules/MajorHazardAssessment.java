package org.anjian.domain.chemical.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * 危险化学品重大危险源 identification and grading per GB 18218-2018 (DOMAIN.md 1.2).
 *
 * <ul>
 * <li>identification index S = Σ q/Q; the unit is a 重大危险源 when S ≥ 1;</li>
 * <li>grading index R = α · Σ β·q/Q; grade 一级 R ≥ 100, 二级 50 ≤ R &lt; 100, 三级 10 ≤ R &lt; 50,
 * 四级 R &lt; 10, only for a 重大危险源;</li>
 * <li>α from the people exposed within 500 m outside the plant: ≥ 100 → 2.0, 50–99 → 1.5, 30–49 → 1.2,
 * 1–29 → 1.0, 0 → 0.5.</li>
 * </ul>
 * Q and β come from the {@link SubstanceCatalogue}. The sums are kept as exact fractions of the decimal
 * inputs, so the thresholds are compared exactly (S of exactly 1 is major; R of exactly 10, 50 or 100 is
 * in the higher grade); the result carries them as doubles.
 */
public final class MajorHazardAssessment {
    private static final BigDecimal R_GRADE1 = BigDecimal.valueOf(100);
    private static final BigDecimal R_GRADE2 = BigDecimal.valueOf(50);
    private static final BigDecimal R_GRADE3 = BigDecimal.TEN;

    private final SubstanceCatalogue catalogue;

    public MajorHazardAssessment(SubstanceCatalogue catalogue) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    /** An assessment over the tables shipped with this module. */
    public static MajorHazardAssessment withDefaultCatalogue() {
        return new MajorHazardAssessment(SubstanceCatalogue.loadDefault());
    }

    /**
     * Identifies and grades one 生产单元 or 储存单元.
     *
     * @param substances        the hazardous chemicals present, with their maximum quantities (not empty)
     * @param exposedPopulation people within 500 m outside the plant boundary (≥ 0)
     * @throws UnknownSubstanceException when a substance or class is not in the tables
     * @throws IllegalArgumentException  naming the field ({@code substances},
     *                                   {@code substances[i].quantityTonnes}, {@code exposedPopulation} …)
     */
    public AssessmentResult assess(List<SubstanceQuantity> substances, int exposedPopulation) {
        if (substances == null || substances.isEmpty()) {
            throw new IllegalArgumentException("substances: at least one substance is required");
        }
        BigDecimal alpha = exposureFactorExact(exposedPopulation);
        ExactRatio s = ExactRatio.ZERO;
        ExactRatio weighted = ExactRatio.ZERO;
        List<Contribution> contributions = new ArrayList<>(substances.size());
        for (int i = 0; i < substances.size(); i++) {
            String field = "substances[" + i + "]";
            SubstanceQuantity line = substances.get(i);
            if (line == null) {
                throw new IllegalArgumentException(field + ": required");
            }
            if (line.substance() == null) {
                throw new IllegalArgumentException(field + ".substance: required");
            }
            double quantity = line.quantityTonnes();
            if (Double.isNaN(quantity) || Double.isInfinite(quantity) || quantity < 0) {
                throw new IllegalArgumentException(field + ".quantityTonnes must be a finite number >= 0, was "
                        + quantity);
            }
            Resolved resolved = resolve(line.substance(), field);
            BigDecimal q = BigDecimal.valueOf(quantity);
            ExactRatio ratio = new ExactRatio(q, resolved.threshold());
            s = s.plus(ratio);
            weighted = weighted.plus(ratio.times(resolved.beta()));
            contributions.add(new Contribution(resolved.name(), resolved.cas(), resolved.hazardClass(), quantity,
                    resolved.threshold().doubleValue(), resolved.beta().doubleValue(), ratio.toDouble()));
        }
        ExactRatio r = weighted.times(alpha);
        boolean major = s.compareTo(BigDecimal.ONE) >= 0;
        Integer grade = major ? grade(r) : null;
        return new AssessmentResult(s.toDouble(), r.toDouble(), major, grade, alpha.doubleValue(), contributions);
    }

    /**
     * α for the number of people exposed outside the plant (GB 18218-2018, DOMAIN.md 1.2 [V]).
     *
     * @throws IllegalArgumentException naming {@code exposedPopulation} when negative
     */
    public static double exposureFactor(int exposedPopulation) {
        return exposureFactorExact(exposedPopulation).doubleValue();
    }

    private static BigDecimal exposureFactorExact(int exposedPopulation) {
        if (exposedPopulation < 0) {
            throw new IllegalArgumentException("exposedPopulation must be >= 0, was " + exposedPopulation);
        }
        if (exposedPopulation >= 100) {
            return new BigDecimal("2.0");
        }
        if (exposedPopulation >= 50) {
            return new BigDecimal("1.5");
        }
        if (exposedPopulation >= 30) {
            return new BigDecimal("1.2");
        }
        if (exposedPopulation >= 1) {
            return new BigDecimal("1.0");
        }
        return new BigDecimal("0.5");
    }

    private static int grade(ExactRatio r) {
        if (r.compareTo(R_GRADE1) >= 0) {
            return 1;
        }
        if (r.compareTo(R_GRADE2) >= 0) {
            return 2;
        }
        if (r.compareTo(R_GRADE3) >= 0) {
            return 3;
        }
        return 4;
    }

    private record Resolved(String name, String cas, String hazardClass, BigDecimal threshold, BigDecimal beta) {
    }

    private Resolved resolve(SubstanceRef ref, String field) {
        Substance byCas = ref.hasCas() ? catalogue.findByCas(ref.cas()).orElse(null) : null;
        Substance byName = ref.hasName() ? catalogue.findByName(ref.name()).orElse(null) : null;
        if (byCas != null && byName != null && byCas != byName) {
            throw new IllegalArgumentException(field + ".name: \"" + ref.name() + "\" is " + byName.name()
                    + " but cas " + ref.cas() + " is " + byCas.name());
        }
        Substance substance = byCas != null ? byCas : byName;
        if (substance != null) {
            return resolveNamed(substance, ref, field);
        }
        if (ref.hasCas() || ref.hasName()) {
            if (!ref.hasHazardClass()) {
                throw new UnknownSubstanceException(ref.given(), field + (ref.hasName() ? ".name" : ".cas"));
            }
            // a chemical not in 表1: Q from 表2 and β from 表4 by its class
            HazardClassLimit limit = hazardClass(ref, field);
            return new Resolved(ref.given().trim(), ref.hasCas() ? ref.cas().trim() : null, limit.code(),
                    limit.thresholdQuantityTonnes(), limit.substanceFactor());
        }
        HazardClassLimit limit = hazardClass(ref, field);
        return new Resolved(limit.code(), null, limit.code(), limit.thresholdQuantityTonnes(),
                limit.substanceFactor());
    }

    private Resolved resolveNamed(Substance substance, SubstanceRef ref, String field) {
        if (substance.thresholdQuantityTonnes() != null) {
            return new Resolved(substance.name(), substance.cas(), null, substance.thresholdQuantityTonnes(),
                    catalogue.substanceFactor(substance));
        }
        HazardClassLimit limit = catalogue.lowestThresholdClass(substance).orElse(null);
        BigDecimal beta = catalogue.substanceFactor(substance);
        if (limit == null) {
            if (!ref.hasHazardClass()) {
                throw new IllegalArgumentException(field + ".hazardClass: the GB 18218 tables give no critical"
                        + " quantity for " + substance.name() + "; give its hazard class");
            }
            limit = hazardClass(ref, field);
            if (substance.substanceFactor() == null) {
                beta = limit.substanceFactor();
            }
        }
        return new Resolved(substance.name(), substance.cas(), limit.code(), limit.thresholdQuantityTonnes(), beta);
    }

    private HazardClassLimit hazardClass(SubstanceRef ref, String field) {
        return catalogue.findHazardClass(ref.hazardClass())
                .orElseThrow(() -> new UnknownSubstanceException(ref.hazardClass(), field + ".hazardClass"));
    }
}
