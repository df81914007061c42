package org.anjian.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.anjian.api.enterprise.Assessment;
import org.anjian.api.enterprise.Enterprise;
import org.anjian.api.enterprise.Guarantor;
import org.anjian.api.enterprise.RiskColour;
import org.anjian.api.enterprise.StandardizationGrade;
import org.anjian.api.hazard.HazardAction;
import org.anjian.api.hazard.HazardGrade;
import org.anjian.api.hazard.HazardSource;
import org.anjian.api.hazard.HazardStatus;
import org.anjian.api.hazard.NewHazard;
import org.anjian.api.hazard.TransitionRequest;
import org.anjian.api.region.Region;
import org.anjian.api.region.RegionLevel;

/** Turns demo CSV rows into API records, and a hazard row into the steps that bring it to its status. */
final class DemoRows {
    static final String SOURCE_SYSTEM = "demo";

    private DemoRows() {
    }

    static Region region(Map<String, String> r) {
        return new Region(r.get("code"), r.get("name"), RegionLevel.valueOf(r.get("level")),
                DemoCsv.blankToNull(r.get("parentCode")));
    }

    static Enterprise enterprise(Map<String, String> r) {
        List<Guarantor> guarantors = new ArrayList<>();
        for (String g : DemoCsv.split(r.get("guarantors"))) {
            String[] parts = g.split("/", -1);
            guarantors.add(new Guarantor(parts[0], parts.length > 1 ? parts[1] : null, parts.length > 2 ? parts[2] : null));
        }
        return new Enterprise(r.get("creditCode"), r.get("name"), r.get("industryCode"), r.get("address"),
                r.get("regionCode"), DemoCsv.blankToNull(r.get("gridCode")), DemoCsv.split(r.get("supervisingDepartments")),
                RiskColour.valueOf(r.get("riskColour")), Assessment.valueOf(r.get("assessment")),
                StandardizationGrade.valueOf(r.get("standardizationGrade")), guarantors, null);
    }

    static NewHazard hazard(int row, Map<String, String> r, LocalDate today) {
        LocalDate registered = today.minusDays(Long.parseLong(r.get("registeredDaysAgo")));
        LocalDate deadline = today.plusDays(Long.parseLong(r.get("deadlineOffsetDays")));
        return new NewHazard(r.get("enterpriseCreditCode"), null, HazardSource.valueOf(r.get("source")),
                HazardGrade.valueOf(r.get("grade")), r.get("category"), r.get("description"), deadline,
                DemoCsv.blankToNull(r.get("responsible")), DemoCsv.blankToNull(r.get("measures")),
                DemoCsv.blankToNull(r.get("funds")), DemoCsv.blankToNull(r.get("contingencyPlan")),
                SOURCE_SYSTEM, "hazard-" + row, registered);
    }

    /**
     * The steps back-dated between the registration and now, evenly (the demo's history then spreads over the
     * months it covers, as a real one does, instead of happening all on the day of loading).
     */
    static List<TransitionRequest> timed(List<TransitionRequest> steps, java.time.Instant registeredAt,
                                         java.time.Instant now) {
        long span = java.time.Duration.between(registeredAt, now).toSeconds();
        List<TransitionRequest> out = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            out.add(steps.get(i).at(registeredAt.plusSeconds(span * (i + 1) / (steps.size() + 1))));
        }
        return out;
    }

    /** The closed-loop steps from registration to the row's target status (with one rejection if it has a reason). */
    static List<TransitionRequest> steps(Map<String, String> r) {
        HazardStatus target = HazardStatus.valueOf(r.get("targetStatus"));
        String assignee = DemoCsv.blankToNull(r.get("assignee"));
        String evidence = DemoCsv.blankToNull(r.get("evidence"));
        String rejectReason = DemoCsv.blankToNull(r.get("rejectReason"));
        List<TransitionRequest> steps = new ArrayList<>();
        if (target == HazardStatus.REGISTERED) {
            return steps;
        }
        steps.add(new TransitionRequest(HazardAction.ASSIGN, assignee, null, null, null, null, null, null, null));
        if (target == HazardStatus.ASSIGNED) {
            return steps;
        }
        steps.add(TransitionRequest.of(HazardAction.START));
        if (rejectReason != null) {
            steps.add(new TransitionRequest(HazardAction.SUBMIT, null, "初次整改材料：现场照片及整改说明", null, null,
                    null, null, null, null));
            steps.add(new TransitionRequest(HazardAction.REJECT, null, null, rejectReason, null, null, null, null, null));
        }
        if (target == HazardStatus.RECTIFYING) {
            return steps;
        }
        steps.add(new TransitionRequest(HazardAction.SUBMIT, null, evidence, null, null, null, null, null, null));
        if (target == HazardStatus.SUBMITTED) {
            return steps;
        }
        steps.add(new TransitionRequest(HazardAction.ACCEPT, null, null, null, "复查合格，予以销号", null, null, null, null));
        return steps;
    }
}
