package org.anjian.core.testing;

import java.util.Set;
import org.anjian.api.security.AnjianPrincipal;
import org.anjian.api.security.Roles;

/** Callers used across the service tests. */
public final class Principals {
    /** The platform itself: admin + system, whole installation. */
    public static final AnjianPrincipal SYSTEM = AnjianPrincipal.system("test");
    /** A bureau administrator for the whole county. */
    public static final AnjianPrincipal ADMIN = new AnjianPrincipal("admin", Set.of(Roles.ADMIN), "", "应急管理局");
    /** Officer of township 330999001 (东城街道). */
    public static final AnjianPrincipal OFFICER_A = township("officer-a", "330999001");
    /** Officer of township 330999101 (西山镇). */
    public static final AnjianPrincipal OFFICER_B = township("officer-b", "330999101");
    /** A leader: reads everything, writes nothing. */
    public static final AnjianPrincipal LEADER = new AnjianPrincipal("leader", Set.of(Roles.LEADER), "", null);

    private Principals() {
    }

    /** Grid member of grid 330999001001001 (in village A). */
    public static final AnjianPrincipal GRID_MEMBER_A = new AnjianPrincipal("grid-a", Set.of(Roles.GRID),
            "330999001001001", null);

    public static AnjianPrincipal township(String userId, String jurisdiction) {
        return new AnjianPrincipal(userId, Set.of(Roles.TOWNSHIP), jurisdiction, "乡镇");
    }
}
