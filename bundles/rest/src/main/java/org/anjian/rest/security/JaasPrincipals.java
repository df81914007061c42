package org.anjian.rest.security;

import java.security.Principal;
import java.util.HashSet;
import java.util.Set;
import org.anjian.api.region.RegionCode;
import org.anjian.api.security.AnjianPrincipal;

/**
 * Reads an Anjian principal out of JAAS principals. Roles are role principals; the jurisdiction is
 * the role {@code region:<region code>} and the department the role {@code dept:<name>}.
 */
final class JaasPrincipals {
    static final String REGION = "region:";
    static final String DEPARTMENT = "dept:";

    private JaasPrincipals() {
    }

    static AnjianPrincipal toPrincipal(String user, Set<Principal> principals) {
        Set<String> roles = new HashSet<>();
        String jurisdiction = null;
        String department = null;
        for (Principal p : principals) {
            String kind = p.getClass().getSimpleName();
            if (!kind.equals("RolePrincipal")) {
                continue;
            }
            String name = p.getName();
            if (name.startsWith(REGION)) {
                String code = name.substring(REGION.length());
                if (!RegionCode.isValid(code)) {
                    return null;
                }
                String prefix = RegionCode.prefix(code);
                if (jurisdiction != null && !jurisdiction.equals(prefix)) {
                    // two different jurisdictions: ambiguous, so no access rather than an arbitrary pick
                    return null;
                }
                jurisdiction = prefix;
            } else if (name.startsWith(DEPARTMENT)) {
                department = name.substring(DEPARTMENT.length());
            } else {
                roles.add(name);
            }
        }
        if (jurisdiction == null) {
            // no jurisdiction means no access: a user must be placed in the region tree explicitly
            return null;
        }
        return new AnjianPrincipal(user, roles, jurisdiction, department);
    }
}
