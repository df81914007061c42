package org.anjian.api.hazard;

/**
 * The five items (五落实) a major hazard needs before it can leave registration: responsibility,
 * measures, funds, deadline (the hazard's own deadline) and contingency plan.
 */
public record MajorHazardPlan(String responsible, String measures, String funds, String contingencyPlan) {

    /** The names of the items still missing, in the order of the JSON fields. */
    public java.util.List<String> missingItems() {
        java.util.List<String> missing = new java.util.ArrayList<>();
        if (blank(responsible)) missing.add("responsible");
        if (blank(measures)) missing.add("measures");
        if (blank(funds)) missing.add("funds");
        if (blank(contingencyPlan)) missing.add("contingencyPlan");
        return missing;
    }

    /** This plan with every blank item taken from {@code other}. */
    public MajorHazardPlan orElse(MajorHazardPlan other) {
        if (other == null) {
            return this;
        }
        return new MajorHazardPlan(pick(responsible, other.responsible), pick(measures, other.measures),
                pick(funds, other.funds), pick(contingencyPlan, other.contingencyPlan));
    }

    private static String pick(String mine, String theirs) {
        return blank(mine) ? theirs : mine;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
