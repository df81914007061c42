package org.anjian.domain.chemical.service;

import java.util.Collections;
import javax.ws.rs.core.SecurityContext;
import org.anjian.api.common.ForbiddenException;
import org.anjian.api.common.ValidationException;
import org.anjian.api.enterprise.Enterprise;
import org.anjian.api.enterprise.EnterpriseService;
import org.anjian.api.security.AnjianPrincipal;
import org.anjian.api.security.CallerPrincipal;
import org.anjian.api.security.Roles;

/** Who is calling, what they may write, and which enterprises they may see. */
public final class Access {
    private Access() {
    }

    public static AnjianPrincipal caller(SecurityContext sc) {
        return CallerPrincipal.of(sc == null ? null : sc.getUserPrincipal())
                .orElseThrow(() -> new ForbiddenException("an authenticated caller is required"));
    }

    public static void requireWriter(AnjianPrincipal caller) {
        if (Collections.disjoint(caller.roles(), Roles.WRITERS)) {
            throw new ForbiddenException("the caller's roles may not change chemical records");
        }
    }

    /** The enterprise, when it exists and the caller may see it (the platform's rule); otherwise 400 on {@code field}. */
    public static Enterprise visibleEnterprise(EnterpriseService enterprises, AnjianPrincipal caller, String field,
                                               String creditCode) {
        if (creditCode == null || creditCode.isBlank()) {
            throw new ValidationException(field, "is required");
        }
        Enterprise e = enterprises.find(caller, creditCode.strip()).orElse(null);
        if (e == null) {
            throw new ValidationException(field, "unknown enterprise");
        }
        return e;
    }
}
