package org.anjian.api.enterprise;

import org.anjian.api.common.PageRequest;

/** Search filters; null means "any". {@code regionPrefix} matches region codes by prefix. */
public record EnterpriseQuery(String regionPrefix, RiskColour riskColour, String industryCode, String nameContains,
                              PageRequest page) {
    public static EnterpriseQuery all(PageRequest page) {
        return new EnterpriseQuery(null, null, null, null, page);
    }
}
