package org.anjian.api.spi;

import org.anjian.api.enterprise.Enterprise;

/** What the platform knows of an enterprise when risk indicators score it. */
public record EnterpriseRiskFacts(Enterprise enterprise, long openGeneralHazards, long openMajorHazards,
                                  long overdueHazards, long hazardsLast365Days) {
}
