package org.anjian.rest.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.Principal;
import java.util.LinkedHashSet;
import java.util.Set;
import org.anjian.api.security.AnjianPrincipal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Karaf's JAAS principals are recognised by simple class name; these stand-ins have the same names. */
class JaasPrincipalsTest {

    record RolePrincipal(String name) implements Principal {
        @Override
        public String getName() {
            return name;
        }
    }

    record UserPrincipal(String name) implements Principal {
        @Override
        public String getName() {
            return name;
        }
    }

    record GroupPrincipal(String name) implements Principal {
        @Override
        public String getName() {
            return name;
        }
    }

    private static Set<Principal> principals(Principal... ps) {
        return new LinkedHashSet<>(java.util.List.of(ps));
    }

    private static Set<Principal> roles(String... names) {
        Set<Principal> set = principals(new UserPrincipal("zhang.wei"));
        for (String n : names) {
            set.add(new RolePrincipal(n));
        }
        return set;
    }

    @Test
    void stubsCarryKarafsSimpleNames() {
        assertThat(RolePrincipal.class.getSimpleName()).isEqualTo("RolePrincipal");
        assertThat(UserPrincipal.class.getSimpleName()).isEqualTo("UserPrincipal");
    }

    @Test
    void rolesJurisdictionAndDepartmentAreRead() {
        AnjianPrincipal p = JaasPrincipals.toPrincipal("zhang.wei",
                roles("township-officer", "leader", "region:330999001000", "dept:应急管理局"));

        assertThat(p).isNotNull();
        assertThat(p.userId()).isEqualTo("zhang.wei");
        assertThat(p.roles()).containsExactlyInAnyOrder("township-officer", "leader");
        assertThat(p.jurisdiction()).isEqualTo("330999001");
        assertThat(p.department()).isEqualTo("应急管理局");
    }

    @Test
    void countyRegionGivesTheCountyPrefix() {
        AnjianPrincipal p = JaasPrincipals.toPrincipal("admin", roles("bureau-admin", "region:330999000000"));

        assertThat(p).isNotNull();
        assertThat(p.jurisdiction()).isEqualTo("330999");
        assertThat(p.covers("330999104003")).isTrue();
        assertThat(p.covers("330998104003")).isFalse();
    }

    @Test
    void villageAndGridRegionsKeepTheirWholeCode() {
        assertThat(JaasPrincipals.toPrincipal("g", roles("grid-member", "region:330999001001")).jurisdiction())
                .isEqualTo("330999001001");
        assertThat(JaasPrincipals.toPrincipal("g", roles("grid-member", "region:330999001001002")).jurisdiction())
                .isEqualTo("330999001001002");
    }

    @Test
    void regionAndDepartmentRolesAreNotPlainRoles() {
        AnjianPrincipal p = JaasPrincipals.toPrincipal("u", roles("leader", "region:330999000000", "dept:消防救援大队"));

        assertThat(p.roles()).containsExactly("leader");
    }

    @Test
    void noDepartmentIsNull() {
        AnjianPrincipal p = JaasPrincipals.toPrincipal("u", roles("leader", "region:330999000000"));

        assertThat(p.department()).isNull();
    }

    @Test
    void onlyRolePrincipalsCount() {
        AnjianPrincipal p = JaasPrincipals.toPrincipal("u", principals(
                new UserPrincipal("region:330999000000"),
                new GroupPrincipal("bureau-admin"),
                new RolePrincipal("leader"),
                new RolePrincipal("region:330999001000")));

        assertThat(p).isNotNull();
        assertThat(p.roles()).containsExactly("leader");
        assertThat(p.jurisdiction()).isEqualTo("330999001");
    }

    @Test
    void aUserPrincipalAloneGivesNoRegionAndSoNoAccess() {
        assertThat(JaasPrincipals.toPrincipal("u", principals(new UserPrincipal("region:330999000000")))).isNull();
    }

    @Test
    void noRegionRoleMeansNoAccess() {
        assertThat(JaasPrincipals.toPrincipal("admin", roles("bureau-admin", "dept:应急管理局"))).isNull();
        assertThat(JaasPrincipals.toPrincipal("admin", roles())).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"region:", "region:abc", "region:33099900100", "region:330999999000",
            "region:000000000000", "region:330999000001", "region:330999001001000"})
    void invalidRegionCodeMeansNoAccess(String role) {
        assertThat(JaasPrincipals.toPrincipal("u", roles("bureau-admin", role))).isNull();
    }

    @Test
    void anInvalidRegionBesideAValidOneStillMeansNoAccess() {
        assertThat(JaasPrincipals.toPrincipal("u", roles("region:330999000000", "region:bogus"))).isNull();
        assertThat(JaasPrincipals.toPrincipal("u", roles("region:bogus", "region:330999000000"))).isNull();
    }
}
