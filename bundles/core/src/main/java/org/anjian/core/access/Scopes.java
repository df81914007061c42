package org.anjian.core.access;

import java.util.ArrayList;
import java.util.List;
import org.anjian.api.security.AnjianPrincipal;
import org.anjian.core.query.JpqlFilter;

/**
 * The caller's scope as JPQL, for every query over enterprises and hazards (lists, statistics, exports): the
 * region prefix (or grid) of the jurisdiction narrowed by a requested prefix, and a sub-committee officer's
 * industries. One rule, used by every reader.
 */
public final class Scopes {
    private Scopes() {
    }

    /** Enterprises (alias {@code e}) the caller may see, narrowed to {@code requestedPrefix} when given. */
    public static JpqlFilter enterprises(AnjianPrincipal caller, IndustryScope industries, String requestedPrefix) {
        String prefix = Access.effectivePrefix(caller, "regionPrefix", requestedPrefix);
        JpqlFilter filter = new JpqlFilter("EnterpriseEntity", "e")
                .startingWith(Access.isGridPrefix(prefix) ? "e.gridCode" : "e.regionCode", prefix, "prefix");
        List<Object> params = new ArrayList<>();
        String industryLimit = industries.condition(caller, "e.industryCode", params);
        if (industryLimit != null) {
            filter.where(industryLimit, params.toArray());
        }
        return filter;
    }

    /** Hazards (alias {@code h}) the caller may see, narrowed to {@code requestedPrefix} when given. */
    public static JpqlFilter hazards(AnjianPrincipal caller, IndustryScope industries, String requestedPrefix) {
        String prefix = Access.effectivePrefix(caller, "regionPrefix", requestedPrefix);
        JpqlFilter filter = new JpqlFilter("HazardEntity", "h")
                .startingWith(Access.isGridPrefix(prefix) ? "h.gridCode" : "h.regionCode", prefix, "prefix");
        List<Object> params = new ArrayList<>();
        String industryLimit = industries.condition(caller, "e.industryCode", params);
        if (industryLimit != null) {
            filter.where("h.enterpriseCreditCode in (select e.creditCode from EnterpriseEntity e where "
                    + industryLimit + ")", params.toArray());
        }
        return filter;
    }
}
