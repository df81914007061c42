package org.anjian.domain.construction.service;

import javax.validation.constraints.NotNull;
import javax.validation.constraints.Size;

/**
 * Body of {@code POST /projects/{id}/personnel} and {@code PUT …/personnel/{personId}}: the person, the role and the
 * certificate; {@code validUntil} defaults to {@code issuedOn} plus the configured validity of the certificate type.
 */
public record NewPerson(@NotNull @Size(min = 1, max = 50) String name, @NotNull Role role,
                        @NotNull Role.CertificateType certificateType,
                        @NotNull @Size(min = 1, max = 50) String certificateNumber,
                        @Size(max = 50) String operationType, @NotNull String issuedOn, String validUntil) {
}
