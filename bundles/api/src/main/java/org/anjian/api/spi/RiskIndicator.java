package org.anjian.api.spi;

import java.util.Optional;

/** A risk indicator: scores an enterprise it applies to, and explains the score. */
public interface RiskIndicator extends ModuleContribution {

    String id();

    String name();

    /** Empty when the indicator does not apply to this enterprise. */
    Optional<IndicatorScore> score(EnterpriseRiskFacts facts);
}
