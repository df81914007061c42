package org.anjian.api.spi;

import java.util.List;
import org.anjian.api.enterprise.RiskColour;

/** The risk of one enterprise explained: its graded colour, the facts, and every indicator's score. */
public record EnterpriseRisk(String creditCode, RiskColour riskColour, EnterpriseRiskFacts facts,
                             List<IndicatorScore> indicators, String explanation) {
    public EnterpriseRisk {
        indicators = List.copyOf(indicators);
    }
}
