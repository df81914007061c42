package org.anjian.api.hazard;

/** Supervision applied to an overdue hazard, ordered by severity (declaration order matters). */
public enum Supervision {
    NONE,
    /** 督办. */
    SUPERVISED,
    /** 挂牌督办. */
    LISTED;

    /** The more severe of this and {@code other}. */
    public Supervision atLeast(Supervision other) {
        return other != null && other.compareTo(this) > 0 ? other : this;
    }
}
