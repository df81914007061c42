package org.anjian.api.hazard;

/** Stages of the hazard closed loop, in workflow order. */
public enum HazardStatus {
    /** 登记: recorded, not yet handed to the responsible unit. */
    REGISTERED,
    /** 交办: handed to the responsible unit with a deadline. */
    ASSIGNED,
    /** 整改: rectification under way. */
    RECTIFYING,
    /** Rectification reported done, awaiting the bureau's review (复查/验收). */
    SUBMITTED,
    /** 销号: accepted and closed. */
    CLOSED
}
