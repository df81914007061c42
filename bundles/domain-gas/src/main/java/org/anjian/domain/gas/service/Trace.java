package org.anjian.domain.gas.service;

import java.util.List;

/** A cylinder and its events, oldest first: filled where and when, delivered by whom, to whom. */
public record Trace(Cylinder cylinder, List<CylinderEvent> events) {
    public Trace {
        events = List.copyOf(events);
    }
}
