package org.anjian.core.osgi;

/** Filters shared by the core's DS components. */
final class Components {
    static final String EMF = "(osgi.unit.name=anjian)";

    private Components() {
    }
}
