package org.anjian.domain.chemical.api;

import java.util.List;

/** Body of {@code POST /major-hazard-assessments}: the substances of one unit and the people exposed. */
public record AssessmentRequest(List<SubstanceInput> substances, Integer exposedPopulation) {

    /** A substance by CAS number, Chinese name or GB 18218 hazard class, with the quantity held. */
    public record SubstanceInput(String cas, String name, String hazardClass, Double quantityTonnes) {
    }
}
