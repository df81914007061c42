package org.anjian.api.enterprise;

import org.osgi.annotation.versioning.ProviderType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anjian.api.common.Page;
import org.anjian.api.common.PageRequest;
import org.anjian.api.security.AnjianPrincipal;

/** The enterprise registry. Every call is scoped by the caller's jurisdiction. */
@ProviderType
public interface EnterpriseService {

    /** Registers an enterprise; {@code ConflictException} when the credit code exists. */
    Enterprise create(AnjianPrincipal caller, Enterprise enterprise);

    /** Replaces the record of {@code creditCode}; a non-null {@code version} must match the stored one. */
    Enterprise update(AnjianPrincipal caller, String creditCode, Enterprise enterprise);

    Optional<Enterprise> find(AnjianPrincipal caller, String creditCode);

    Page<Enterprise> search(AnjianPrincipal caller, EnterpriseQuery query);

    /**
     * The caller's enterprises as a condition for a module's SQL (see {@link EnterpriseScope}). The platform answers
     * with one query condition; this default, for other implementations, lists what {@link #search} gives.
     */
    default EnterpriseScope scope(AnjianPrincipal caller) {
        List<String> codes = new ArrayList<>();
        all(caller).forEach(e -> codes.add(e.creditCode()));
        return EnterpriseScope.of(codes);
    }

    /**
     * Every enterprise the caller may see, read page by page, in the order of {@link #search}: for demo loaders and
     * jobs that walk a county (thousands of enterprises), not for requests.
     */
    default List<Enterprise> all(AnjianPrincipal caller) {
        List<Enterprise> out = new ArrayList<>();
        for (int offset = 0; ; offset += PageRequest.MAX_LIMIT) {
            Page<Enterprise> page = search(caller, EnterpriseQuery.all(new PageRequest(offset, PageRequest.MAX_LIMIT)));
            out.addAll(page.items());
            if (page.items().isEmpty() || !page.hasMoreAfter(offset)) {
                return out;
            }
        }
    }

    /** Whether the caller may see this enterprise (and so a module's records of it). */
    default boolean sees(AnjianPrincipal caller, String creditCode) {
        return creditCode != null && find(caller, creditCode).isPresent();
    }
}
