package org.anjian.domain.chemical.api;

import java.util.List;
import javax.validation.Valid;
import javax.validation.constraints.NotNull;
import javax.validation.constraints.PositiveOrZero;
import javax.validation.constraints.Size;

/** Body of {@code POST /major-hazard-assessments}: the substances of one unit and the people exposed. */
public record AssessmentRequest(
        @NotNull @Size(min = 1, max = AssessmentRequest.MAX_SUBSTANCES) @Valid List<@NotNull SubstanceInput> substances,
        @NotNull @PositiveOrZero Integer exposedPopulation) {

    /** The most substances one unit may list. */
    public static final int MAX_SUBSTANCES = 200;

    /** A substance by CAS number, Chinese name or GB 18218 hazard class, with the quantity held. */
    public record SubstanceInput(@Size(max = 20) String cas, @Size(max = 200) String name,
                                 @Size(max = 10) String hazardClass, @NotNull @PositiveOrZero Double quantityTonnes) {
    }
}
