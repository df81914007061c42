package org.anjian.domain.construction.service;

import java.time.LocalDate;

/** A certificated person on a project, with the certificate's state today (VALID, EXPIRING, EXPIRED). */
public record Person(String id, String projectId, String name, String role, String certificateType,
                     String certificateNumber, String operationType, LocalDate issuedOn, LocalDate validUntil,
                     String status, String enterpriseCreditCode) {
}
