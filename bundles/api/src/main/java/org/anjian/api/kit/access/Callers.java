package org.anjian.api.kit.access;

import java.util.Collections;
import javax.ws.rs.core.SecurityContext;
import org.anjian.api.common.ForbiddenException;
import org.anjian.api.common.ValidationException;
import org.anjian.api.enterprise.Enterprise;
import org.anjian.api.enterprise.EnterpriseService;
import org.anjian.api.security.AnjianPrincipal;
import org.anjian.api.security.CallerPrincipal;
import org.anjian.api.security.Roles;

/** Who is calling, whether they may write, and whether they may name an enterprise. */
public final class Callers {
    private Callers() {
    }

    /** The authenticated caller of a request; none is a 403. */
    public static AnjianPrincipal of(SecurityContext sc) {
        return require(CallerPrincipal.of(sc == null ? null : sc.getUserPrincipal()).orElse(null));
    }

    /** The caller itself; none is a 403. */
    public static AnjianPrincipal require(AnjianPrincipal caller) {
        if (caller == null) {
            throw new ForbiddenException("authentication required");
        }
        return caller;
    }

    /** The caller holds one of the platform's writer roles ({@link Roles#WRITERS}); otherwise a 403. */
    public static AnjianPrincipal requireWriter(AnjianPrincipal caller, String records) {
        require(caller);
        if (Collections.disjoint(caller.roles(), Roles.WRITERS)) {
            throw new ForbiddenException("changing " + records + " needs one of the roles " + Roles.WRITERS);
        }
        return caller;
    }

    /**
     * The enterprise a request names in {@code field}, when it exists and the caller may see it (the platform's one
     * rule); otherwise a 400 naming the field, which does not tell a foreign enterprise from an unknown one.
     */
    public static Enterprise visibleEnterprise(EnterpriseService enterprises, AnjianPrincipal caller, String field,
                                               String creditCode) {
        if (creditCode == null || creditCode.isBlank()) {
            throw new ValidationException(field, "is required");
        }
        String code = creditCode.strip();
        return enterprises.find(caller, code).orElseThrow(() -> new ValidationException(field,
                "unknown enterprise " + code + " (or outside your jurisdiction)"));
    }
}
