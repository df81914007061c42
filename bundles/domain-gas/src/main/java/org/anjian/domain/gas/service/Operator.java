package org.anjian.domain.gas.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A 燃气经营企业's licence and its stations; {@code licenceStatus} is today's. */
public record Operator(String id, String enterpriseCreditCode, String licenceNumber, String scope, LocalDate validFrom,
                       LocalDate validTo, String licenceStatus, List<Station> stations, Instant createdAt) {
    public Operator {
        stations = List.copyOf(stations);
    }

    /** A station of the operator (充装站, 供应站 …). */
    public record Station(String id, String name, String kind, String address, String regionCode) {
    }
}
