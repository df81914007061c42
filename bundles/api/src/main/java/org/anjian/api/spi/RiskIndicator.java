package org.anjian.api.spi;

import org.osgi.annotation.versioning.ConsumerType;

import java.util.Optional;

/** A risk indicator: scores an enterprise it applies to, and explains the score. */
@ConsumerType
public interface RiskIndicator extends ModuleContribution {

    String id();

    String name();

    /** Empty when the indicator does not apply to this enterprise. */
    Optional<IndicatorScore> score(EnterpriseRiskFacts facts);
}
