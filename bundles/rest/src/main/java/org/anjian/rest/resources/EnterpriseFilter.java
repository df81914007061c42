package org.anjian.rest.resources;

import javax.validation.constraints.Pattern;
import javax.validation.constraints.Size;
import javax.ws.rs.QueryParam;
import org.anjian.api.common.PageRequest;
import org.anjian.api.enterprise.EnterpriseQuery;
import org.anjian.api.enterprise.RiskColour;
import org.anjian.api.region.RegionCode;

/** The filters of the enterprise list, shared by the list and its export ({@code @Valid @BeanParam}). */
public class EnterpriseFilter {
    @QueryParam("regionPrefix")
    @Pattern(regexp = RegionCode.PREFIX_PATTERN, message = "must be 1 to 15 digits of a region code")
    private String regionPrefix;

    @QueryParam("riskColour")
    private RiskColour riskColour;

    @QueryParam("industryCode")
    @Pattern(regexp = "[A-T]|[0-9]{1,4}", message = "must be a GB/T 4754 section letter or 1-4 digits")
    private String industryCode;

    @QueryParam("name")
    @Size(max = 200)
    private String name;

    public EnterpriseFilter() {
    }

    public EnterpriseQuery toQuery(PageRequest page) {
        return new EnterpriseQuery(regionPrefix, riskColour, industryCode, name, page);
    }

    public String getRegionPrefix() {
        return regionPrefix;
    }

    public RiskColour getRiskColour() {
        return riskColour;
    }

    public String getIndustryCode() {
        return industryCode;
    }

    public String getName() {
        return name;
    }
}
