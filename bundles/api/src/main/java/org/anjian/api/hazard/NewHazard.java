package org.anjian.api.hazard;

import java.time.LocalDate;
import javax.validation.constraints.NotBlank;
import javax.validation.constraints.NotNull;
import javax.validation.constraints.Pattern;
import javax.validation.constraints.Size;
import org.anjian.api.enterprise.CreditCode;
import org.anjian.api.region.RegionCode;
import org.anjian.api.validation.MultilineText;

/**
 * What registering a hazard takes. The region defaults to the enterprise's; {@code sourceSystem} and
 * {@code sourceId} identify a record that came from elsewhere (registration is idempotent on them).
 * {@code registeredOn} back-dates an imported record (system imports only; null means today).
 */
public record NewHazard(
        @NotNull @Pattern(regexp = CreditCode.PATTERN, message = CreditCode.FORM) String enterpriseCreditCode,
        @Pattern(regexp = RegionCode.DIVISION_PATTERN, message = "must be a 12-digit region code") String regionCode,
        @NotNull HazardSource source,
        @NotNull HazardGrade grade,
        @NotBlank @Size(min = 1, max = 64) String category,
        @NotBlank @Size(min = 1, max = 2000) @MultilineText String description,
        @NotNull LocalDate deadline,
        @Size(max = 200) String responsible,
        @Size(max = 2000) @MultilineText String measures,
        @Size(max = 200) String funds,
        @Size(max = 2000) @MultilineText String contingencyPlan,
        @Size(min = 1, max = 64) String sourceSystem,
        @Size(min = 1, max = 128) String sourceId,
        LocalDate registeredOn) {

    /**
     * A hazard with what every registration needs; the rest by name ({@link Builder}), so that a new component does
     * not break its callers.
     */
    public static Builder of(String enterpriseCreditCode, HazardSource source, HazardGrade grade, String category,
                             String description, LocalDate deadline) {
        return new Builder(enterpriseCreditCode, source, grade, category, description, deadline);
    }

    /** The optional parts of a {@link NewHazard}, by name. */
    public static final class Builder {
        private final String enterpriseCreditCode;
        private final HazardSource source;
        private final HazardGrade grade;
        private final String category;
        private final String description;
        private final LocalDate deadline;
        private String regionCode;
        private String responsible;
        private String measures;
        private String funds;
        private String contingencyPlan;
        private String sourceSystem;
        private String sourceId;
        private LocalDate registeredOn;

        private Builder(String enterpriseCreditCode, HazardSource source, HazardGrade grade, String category,
                        String description, LocalDate deadline) {
            this.enterpriseCreditCode = enterpriseCreditCode;
            this.source = source;
            this.grade = grade;
            this.category = category;
            this.description = description;
            this.deadline = deadline;
        }

        /** Another region than the enterprise's. */
        public Builder region(String code) {
            this.regionCode = code;
            return this;
        }

        /** The five items of a major hazard besides the deadline (责任、措施、资金、预案). */
        public Builder plan(String responsibleUnit, String measuresTaken, String fundsProvided, String contingency) {
            this.responsible = responsibleUnit;
            this.measures = measuresTaken;
            this.funds = fundsProvided;
            this.contingencyPlan = contingency;
            return this;
        }

        /** The record elsewhere this hazard comes from: registration is idempotent on it. */
        public Builder from(String system, String id) {
            this.sourceSystem = system;
            this.sourceId = id;
            return this;
        }

        /** Back-dated registration (system imports only). */
        public Builder registeredOn(LocalDate day) {
            this.registeredOn = day;
            return this;
        }

        public NewHazard build() {
            return new NewHazard(enterpriseCreditCode, regionCode, source, grade, category, description, deadline,
                    responsible, measures, funds, contingencyPlan, sourceSystem, sourceId, registeredOn);
        }
    }
}
