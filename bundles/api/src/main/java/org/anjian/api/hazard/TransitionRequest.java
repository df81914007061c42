package org.anjian.api.hazard;

/**
 * A step in the closed loop. ASSIGN takes {@code assignee}; SUBMIT takes {@code evidence}; REJECT
 * takes {@code reason}. ASSIGN on a MAJOR hazard may also supply missing five-item fields.
 */
public record TransitionRequest(
        HazardAction action,
        String assignee,
        String evidence,
        String reason,
        String note,
        String responsible,
        String measures,
        String funds,
        String contingencyPlan) {

    public static TransitionRequest of(HazardAction action) {
        return new TransitionRequest(action, null, null, null, null, null, null, null, null);
    }
}
