package org.anjian.domain.specialequipment.rules;

/** Periodic-inspection status of one piece of equipment on a given day. */
public enum InspectionStatus {
    /** Next inspection is more than the warning window away. */
    OK,
    /** Next inspection is due within the warning window (inclusive), or today. */
    DUE_SOON,
    /** Today is after the due date: the equipment must not be used until inspected. */
    OVERDUE,
    /** No last inspection is recorded. */
    NEVER_INSPECTED,
    /** The equipment must not be used (e.g. 安全状况等级 5). */
    NOT_USABLE,
    /** Monitored use: no regular interval, the inspection body sets the date (e.g. 安全状况等级 4). */
    MONITORED,
    /** No interval is configured for the category (or the category is unknown). */
    NO_RULE
}
