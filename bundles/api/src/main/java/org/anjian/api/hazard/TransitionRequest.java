package org.anjian.api.hazard;

import javax.validation.constraints.NotNull;
import javax.validation.constraints.Size;
import org.anjian.api.validation.MultilineText;

/**
 * A step in the closed loop. ASSIGN takes {@code assignee}; SUBMIT takes {@code evidence}; REJECT
 * takes {@code reason}. ASSIGN on a MAJOR hazard may also supply missing five-item fields. A field that the
 * action does not take is refused. The history keeps "交办/整改证据/复查不通过: ..." followed by the note.
 * {@code at}: when the step was taken, for system imports of past records only (others are refused); not before
 * the hazard's last step and not in the future.
 */
public record TransitionRequest(
        @NotNull HazardAction action,
        @Size(max = 200) String assignee,
        @Size(max = 2000) @MultilineText String evidence,
        @Size(max = 2000) @MultilineText String reason,
        @Size(max = NOTE_MAX) @MultilineText String note,
        @Size(max = 200) String responsible,
        @Size(max = 2000) @MultilineText String measures,
        @Size(max = 200) String funds,
        @Size(max = 2000) @MultilineText String contingencyPlan,
        java.time.Instant at) {

    /** The longest note; the history's text column holds the action's own text, a separator and the note. */
    public static final int NOTE_MAX = 1000;

    /** A step taken now (the fields of API 1.0–1.2). */
    public TransitionRequest(HazardAction action, String assignee, String evidence, String reason, String note,
                             String responsible, String measures, String funds, String contingencyPlan) {
        this(action, assignee, evidence, reason, note, responsible, measures, funds, contingencyPlan, null);
    }

    public static TransitionRequest of(HazardAction action) {
        return new TransitionRequest(action, null, null, null, null, null, null, null, null);
    }

    /** ASSIGN to the unit that rectifies ({@code 交办}). */
    public static TransitionRequest assign(String assignee) {
        return new TransitionRequest(HazardAction.ASSIGN, assignee, null, null, null, null, null, null, null);
    }

    /** SUBMIT with the evidence of the rectification ({@code 整改证据}). */
    public static TransitionRequest submit(String evidence) {
        return new TransitionRequest(HazardAction.SUBMIT, null, evidence, null, null, null, null, null, null);
    }

    /** REJECT with the reason ({@code 复查不通过}). */
    public static TransitionRequest reject(String reason) {
        return new TransitionRequest(HazardAction.REJECT, null, null, reason, null, null, null, null, null);
    }

    /** This step with a note for the history. */
    public TransitionRequest withNote(String text) {
        return new TransitionRequest(action, assignee, evidence, reason, text, responsible, measures, funds,
                contingencyPlan, at);
    }

    /** This step, back-dated to {@code when} (system imports only). */
    public TransitionRequest at(java.time.Instant when) {
        return new TransitionRequest(action, assignee, evidence, reason, note, responsible, measures, funds,
                contingencyPlan, when);
    }
}
