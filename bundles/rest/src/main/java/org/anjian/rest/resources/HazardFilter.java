package org.anjian.rest.resources;

import javax.validation.constraints.Pattern;
import javax.ws.rs.QueryParam;
import org.anjian.api.common.PageRequest;
import org.anjian.api.enterprise.CreditCode;
import org.anjian.api.hazard.HazardGrade;
import org.anjian.api.hazard.HazardQuery;
import org.anjian.api.hazard.HazardStatus;
import org.anjian.api.hazard.Supervision;
import org.anjian.api.region.RegionCode;

/** The filters of the hazard list, shared by the list and its export ({@code @Valid @BeanParam}). */
public class HazardFilter {
    static final String MONTH = "(19|20)\\d{2}-(0[1-9]|1[0-2])";
    static final String MONTH_FORM = "must be a month as YYYY-MM";

    @QueryParam("status")
    private HazardStatus status;

    @QueryParam("grade")
    private HazardGrade grade;

    @QueryParam("regionPrefix")
    @Pattern(regexp = RegionCode.PREFIX_PATTERN, message = "must be 1 to 15 digits of a region code")
    private String regionPrefix;

    @QueryParam("enterprise")
    @Pattern(regexp = CreditCode.PATTERN, message = CreditCode.FORM)
    private String enterprise;

    @QueryParam("overdue")
    private Boolean overdue;

    @QueryParam("supervision")
    private Supervision supervision;

    @QueryParam("open")
    private Boolean open;

    @QueryParam("registeredIn")
    @Pattern(regexp = MONTH, message = MONTH_FORM)
    private String registeredIn;

    @QueryParam("closedIn")
    @Pattern(regexp = MONTH, message = MONTH_FORM)
    private String closedIn;

    public HazardFilter() {
    }

    public HazardQuery toQuery(PageRequest page) {
        return new HazardQuery(status, grade, regionPrefix, enterprise, overdue, supervision, open,
                month(registeredIn), month(closedIn), page);
    }

    public HazardStatus getStatus() {
        return status;
    }

    public HazardGrade getGrade() {
        return grade;
    }

    public String getRegionPrefix() {
        return regionPrefix;
    }

    public String getEnterprise() {
        return enterprise;
    }

    public Boolean getOverdue() {
        return overdue;
    }

    public Supervision getSupervision() {
        return supervision;
    }

    public Boolean getOpen() {
        return open;
    }

    public String getRegisteredIn() {
        return registeredIn;
    }

    public String getClosedIn() {
        return closedIn;
    }

    private static java.time.YearMonth month(String value) {
        return value == null ? null : java.time.YearMonth.parse(value);
    }
}
