package org.anjian.api.enterprise;

import java.util.Optional;
import org.anjian.api.common.Page;
import org.anjian.api.security.AnjianPrincipal;

/** The enterprise registry. Every call is scoped by the caller's jurisdiction. */
public interface EnterpriseService {

    /** Registers an enterprise; {@code ConflictException} when the credit code exists. */
    Enterprise create(AnjianPrincipal caller, Enterprise enterprise);

    /** Replaces the record of {@code creditCode}; a non-null {@code version} must match the stored one. */
    Enterprise update(AnjianPrincipal caller, String creditCode, Enterprise enterprise);

    Optional<Enterprise> find(AnjianPrincipal caller, String creditCode);

    Page<Enterprise> search(AnjianPrincipal caller, EnterpriseQuery query);
}
