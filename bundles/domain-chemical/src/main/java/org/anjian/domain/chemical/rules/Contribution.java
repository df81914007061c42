package org.anjian.domain.chemical.rules;

/**
 * One substance's share of an assessment.
 *
 * @param substance               the table name of the substance, or the class code for a class
 *                                reference, or the name as given when the class fall-back was used
 * @param cas                     CAS number when known, else {@code null}
 * @param hazardClass             the class whose Q was used, or {@code null} when the substance's own
 *                                表1 Q was used
 * @param quantityTonnes          q, the maximum quantity present
 * @param thresholdQuantityTonnes Q, the critical quantity (临界量)
 * @param substanceFactor         β
 * @param ratio                   q/Q
 */
public record Contribution(String substance, String cas, String hazardClass, double quantityTonnes,
        double thresholdQuantityTonnes, double substanceFactor, double ratio) {
}
