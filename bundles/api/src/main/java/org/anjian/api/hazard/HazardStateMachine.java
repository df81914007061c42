package org.anjian.api.hazard;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.anjian.api.common.IllegalTransitionException;

/** The legal transitions of the hazard closed loop. */
public final class HazardStateMachine {

    private static final Map<HazardStatus, Map<HazardAction, HazardStatus>> TRANSITIONS = transitions();

    private HazardStateMachine() {
    }

    private static Map<HazardStatus, Map<HazardAction, HazardStatus>> transitions() {
        Map<HazardStatus, Map<HazardAction, HazardStatus>> t = new EnumMap<>(HazardStatus.class);
        for (HazardStatus status : HazardStatus.values()) {
            t.put(status, new EnumMap<>(HazardAction.class));
        }
        t.get(HazardStatus.REGISTERED).put(HazardAction.ASSIGN, HazardStatus.ASSIGNED);
        t.get(HazardStatus.ASSIGNED).put(HazardAction.START, HazardStatus.RECTIFYING);
        t.get(HazardStatus.RECTIFYING).put(HazardAction.SUBMIT, HazardStatus.SUBMITTED);
        t.get(HazardStatus.SUBMITTED).put(HazardAction.ACCEPT, HazardStatus.CLOSED);
        t.get(HazardStatus.SUBMITTED).put(HazardAction.REJECT, HazardStatus.RECTIFYING);
        return t;
    }

    /** The actions permitted in a status, in declaration order; empty for CLOSED. */
    public static List<HazardAction> allowed(HazardStatus status) {
        Objects.requireNonNull(status, "status");
        return List.copyOf(TRANSITIONS.get(status).keySet());
    }

    /** @throws IllegalTransitionException when the action is not permitted in {@code from} */
    public static HazardStatus next(HazardStatus from, HazardAction action) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(action, "action");
        HazardStatus to = TRANSITIONS.get(from).get(action);
        if (to == null) {
            List<String> allowed = allowed(from).stream().map(Enum::name).toList();
            throw new IllegalTransitionException(from.name(), action.name(), allowed);
        }
        return to;
    }

    /**
     * The next step that takes an open hazard towards 销号 when the record it was raised for shows it resolved: 交办
     * to the enterprise, 整改, 提交 with the evidence, 复查通过. Empty for a closed hazard.
     */
    public static Optional<TransitionRequest> nextStepToClose(Hazard h, String evidence) {
        Objects.requireNonNull(h, "hazard");
        return switch (h.status()) {
            case REGISTERED -> Optional.of(TransitionRequest.assign(
                    h.enterpriseName() == null || h.enterpriseName().isBlank() ? h.enterpriseCreditCode() : h.enterpriseName()));
            case ASSIGNED -> Optional.of(TransitionRequest.of(HazardAction.START));
            case RECTIFYING -> Optional.of(TransitionRequest.submit(evidence));
            case SUBMITTED -> Optional.of(TransitionRequest.of(HazardAction.ACCEPT));
            case CLOSED -> Optional.empty();
        };
    }

    /** Whether the hazard is still open (not closed). */
    public static boolean isOpen(HazardStatus status) {
        return status != HazardStatus.CLOSED;
    }

    /**
     * Whether the deadline clock runs in this status. A SUBMITTED hazard waits for the bureau's
     * review and does not run overdue; a CLOSED one is done.
     */
    public static boolean countsTowardsOverdue(HazardStatus status) {
        return status == HazardStatus.REGISTERED
                || status == HazardStatus.ASSIGNED
                || status == HazardStatus.RECTIFYING;
    }
}
