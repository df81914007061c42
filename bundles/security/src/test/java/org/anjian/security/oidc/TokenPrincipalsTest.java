package org.anjian.security.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anjian.api.security.AnjianPrincipal;
import org.junit.jupiter.api.Test;

class TokenPrincipalsTest {

    private static Map<String, Object> claims(String region) {
        Map<String, Object> c = new HashMap<>();
        c.put("sub", "3f1c6a4e-0000-4000-8000-000000000001");
        c.put("preferred_username", "demo-chengguan");
        c.put("realm_access", Map.of("roles", List.of("township-officer", "offline_access")));
        c.put("resource_access", Map.of(
                "anjian-api", Map.of("roles", List.of("report-reader")),
                "account", Map.of("roles", List.of("manage-account"))));
        if (region != null) {
            c.put("region_code", region);
        }
        c.put("department", "城关街道办事处");
        return c;
    }

    private static Optional<AnjianPrincipal> map(Map<String, Object> claims) {
        return TokenPrincipals.toPrincipal(claims, "region_code", "department", "anjian-api");
    }

    @Test
    void mapsUserRolesJurisdictionAndDepartment() {
        AnjianPrincipal p = map(claims("330999001000")).orElseThrow();
        assertThat(p.userId()).isEqualTo("demo-chengguan");
        assertThat(p.roles()).containsExactlyInAnyOrder("township-officer", "offline_access", "report-reader");
        assertThat(p.jurisdiction()).isEqualTo("330999001");
        assertThat(p.department()).isEqualTo("城关街道办事处");
    }

    @Test
    void jurisdictionIsThePrefixOfEachLevel() {
        assertThat(map(claims("330999000000")).orElseThrow().jurisdiction()).isEqualTo("330999");
        assertThat(map(claims("330999101001")).orElseThrow().jurisdiction()).isEqualTo("330999101001");
        assertThat(map(claims("330999001001001")).orElseThrow().jurisdiction()).isEqualTo("330999001001001");
    }

    @Test
    void missingOrInvalidRegionGivesNoPrincipal() {
        assertThat(map(claims(null))).isEmpty();
        assertThat(map(claims(""))).isEmpty();
        assertThat(map(claims("33099900000"))).isEmpty();     // 11 digits
        assertThat(map(claims("000000000000"))).isEmpty();    // no county
        assertThat(map(claims("3309990010x0"))).isEmpty();
        Map<String, Object> notString = claims(null);
        notString.put("region_code", List.of("330999000000"));
        assertThat(map(notString)).isEmpty();
    }

    @Test
    void subjectWhenNoPreferredUsername() {
        Map<String, Object> c = claims("330999000000");
        c.remove("preferred_username");
        assertThat(map(c).orElseThrow().userId()).isEqualTo("3f1c6a4e-0000-4000-8000-000000000001");
        c.remove("sub");
        assertThat(map(c)).isEmpty();
    }

    @Test
    void noRolesAndNoDepartmentAreFine() {
        Map<String, Object> c = claims("330999000000");
        c.remove("realm_access");
        c.remove("resource_access");
        c.remove("department");
        AnjianPrincipal p = map(c).orElseThrow();
        assertThat(p.roles()).isEmpty();
        assertThat(p.department()).isNull();
    }

    @Test
    void malformedRoleClaimsAreIgnoredAndSystemIsNeverGranted() {
        Map<String, Object> c = claims("330999000000");
        c.put("realm_access", Map.of("roles", List.of("leader", 42, "system", "")));
        c.put("resource_access", Map.of("anjian-api", "bureau-admin"));
        assertThat(map(c).orElseThrow().roles()).containsExactly("leader");
    }

    @Test
    void otherClientsRolesAreNotTaken() {
        Map<String, Object> c = claims("330999000000");
        c.put("realm_access", Map.of("roles", List.of()));
        c.put("resource_access", Map.of("other-app", Map.of("roles", List.of("bureau-admin"))));
        assertThat(map(c).orElseThrow().roles()).isEmpty();
    }
}
