package org.anjian.domain.chemical.rules;

/**
 * One line of a 重大危险源 identification: a substance and its maximum quantity q present in the unit
 * (design maximum), in tonnes. Validated by {@link MajorHazardAssessment#assess}, which names the
 * offending line.
 */
public record SubstanceQuantity(SubstanceRef substance, double quantityTonnes) {

    public static SubstanceQuantity ofCas(String cas, double quantityTonnes) {
        return new SubstanceQuantity(SubstanceRef.ofCas(cas), quantityTonnes);
    }

    public static SubstanceQuantity ofName(String name, double quantityTonnes) {
        return new SubstanceQuantity(SubstanceRef.ofName(name), quantityTonnes);
    }

    public static SubstanceQuantity ofHazardClass(String hazardClass, double quantityTonnes) {
        return new SubstanceQuantity(SubstanceRef.ofHazardClass(hazardClass), quantityTonnes);
    }
}
