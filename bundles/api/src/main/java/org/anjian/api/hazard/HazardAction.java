package org.anjian.api.hazard;

/** Actions that move a hazard through its closed loop. */
public enum HazardAction {
    ASSIGN,
    START,
    SUBMIT,
    ACCEPT,
    REJECT
}
