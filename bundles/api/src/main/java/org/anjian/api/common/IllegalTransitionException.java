package org.anjian.api.common;

import java.util.List;

/** An action was requested that the current status of a workflow does not permit. */
public class IllegalTransitionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String from;
    private final String action;
    private final List<String> allowed;

    public IllegalTransitionException(String from, String action, List<String> allowed) {
        super(describe(from, action, allowed));
        this.from = from;
        this.action = action;
        this.allowed = allowed == null ? List.of() : List.copyOf(allowed);
    }

    private static String describe(String from, String action, List<String> allowed) {
        String options = allowed == null || allowed.isEmpty() ? "none" : String.join(", ", allowed);
        return "Action " + action + " is not allowed in status " + from + "; allowed: " + options;
    }

    /** The status the transition was attempted from. */
    public String from() {
        return from;
    }

    /** The rejected action. */
    public String action() {
        return action;
    }

    /** The actions that the status does permit (possibly empty, never null). */
    public List<String> allowed() {
        return allowed;
    }
}
