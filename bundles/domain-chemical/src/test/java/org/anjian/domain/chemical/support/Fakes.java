package org.anjian.domain.chemical.support;

import java.util.List;
import javax.ws.rs.core.SecurityContext;
import org.anjian.api.enterprise.Enterprise;
import org.anjian.api.security.AnjianPrincipal;
import org.anjian.testkit.FakeEnterprises;
import org.anjian.testkit.TestPrincipals;


/** Fakes of the platform services, scoped by jurisdiction like the real ones. */
public final class Fakes {
    public static final String TOWN_A = "330999104";
    public static final String TOWN_B = "330999401";
    /** Chemical enterprise in township A (白沙镇). */
    public static final String ENT_A = "91330999MA4YPG4G19";
    /** Chemical enterprise in township B (经济开发区). */
    public static final String ENT_B = "913309990928127859";
    /** Another chemical enterprise in township A. */
    public static final String ENT_A2 = "91330999088611470E";

    private Fakes() {
    }

    public static AnjianPrincipal admin() {
        return TestPrincipals.ADMIN;
    }

    public static AnjianPrincipal township(String prefix) {
        return TestPrincipals.township("town-" + prefix, prefix);
    }

    public static AnjianPrincipal leader() {
        return TestPrincipals.LEADER;
    }

    public static SecurityContext context(AnjianPrincipal p) {
        return TestPrincipals.context(p);
    }

    public static Enterprise enterprise(String code, String name, String industry, String region) {
        return new Enterprise(code, name, industry, "示范县", region, null, List.of(), null, null, null, List.of(), 1L);
    }

    /** The enterprise registry with three chemical enterprises and one non-chemical one. */
    public static class Enterprises extends FakeEnterprises {
        public Enterprises() {
            add(enterprise(ENT_A, "示范县明城农化有限公司", "2631", TOWN_A + "003"));
            add(enterprise(ENT_A2, "示范县福泰化工有限公司", "2619", TOWN_A + "003"));
            add(enterprise(ENT_B, "浙江益民石化有限公司", "2614", TOWN_B + "002"));
            add(enterprise("91330999MA2ABCDE1X", "示范县服装厂", "1810", TOWN_B + "001"));
        }
    }
}
