package org.anjian.domain.chemical.support;

import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.ws.rs.core.SecurityContext;
import org.anjian.api.common.Page;
import org.anjian.api.enterprise.Enterprise;
import org.anjian.api.enterprise.EnterpriseQuery;
import org.anjian.api.enterprise.EnterpriseService;
import org.anjian.api.hazard.Hazard;
import org.anjian.api.hazard.HazardCategory;
import org.anjian.api.hazard.HazardQuery;
import org.anjian.api.hazard.HazardService;
import org.anjian.api.hazard.HazardStatus;
import org.anjian.api.hazard.NewHazard;
import org.anjian.api.hazard.TransitionRequest;
import org.anjian.api.security.AnjianPrincipal;
import org.anjian.api.security.CallerPrincipal;
import org.anjian.api.security.Roles;

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
        return new AnjianPrincipal("admin", Set.of(Roles.ADMIN), "330999", null);
    }

    public static AnjianPrincipal township(String prefix) {
        return new AnjianPrincipal("town-" + prefix, Set.of(Roles.TOWNSHIP), prefix, null);
    }

    public static AnjianPrincipal leader() {
        return new AnjianPrincipal("leader", Set.of(Roles.LEADER), "330999", null);
    }

    public static SecurityContext context(AnjianPrincipal p) {
        return new SecurityContext() {
            @Override public Principal getUserPrincipal() { return p == null ? null : new CallerPrincipal(p); }
            @Override public boolean isUserInRole(String role) { return p != null && p.hasRole(role); }
            @Override public boolean isSecure() { return true; }
            @Override public String getAuthenticationScheme() { return "Basic"; }
        };
    }

    public static Enterprise enterprise(String code, String name, String industry, String region) {
        return new Enterprise(code, name, industry, "示范县", region, null, List.of(), null, null, null, List.of(), 1L);
    }

    /** The enterprise registry with three chemical enterprises and one non-chemical one. */
    public static class Enterprises implements EnterpriseService {
        public final Map<String, Enterprise> all = new LinkedHashMap<>();

        public Enterprises() {
            add(enterprise(ENT_A, "示范县明城农化有限公司", "2631", TOWN_A + "003"));
            add(enterprise(ENT_A2, "示范县福泰化工有限公司", "2619", TOWN_A + "003"));
            add(enterprise(ENT_B, "浙江益民石化有限公司", "2614", TOWN_B + "002"));
            add(enterprise("91330999MA2ABCDE1X", "示范县服装厂", "1810", TOWN_B + "001"));
        }

        public void add(Enterprise e) {
            all.put(e.creditCode(), e);
        }

        @Override
        public Enterprise create(AnjianPrincipal caller, Enterprise enterprise) {
            throw new IllegalStateException("not used");
        }

        @Override
        public Enterprise update(AnjianPrincipal caller, String creditCode, Enterprise enterprise) {
            throw new IllegalStateException("not used");
        }

        @Override
        public Optional<Enterprise> find(AnjianPrincipal caller, String creditCode) {
            return Optional.ofNullable(all.get(creditCode)).filter(e -> caller.covers(e.regionCode()));
        }

        @Override
        public Page<Enterprise> search(AnjianPrincipal caller, EnterpriseQuery q) {
            List<Enterprise> out = all.values().stream().filter(e -> caller.covers(e.regionCode()))
                    .filter(e -> q.regionPrefix() == null || e.regionCode().startsWith(q.regionPrefix()))
                    .filter(e -> q.industryCode() == null || e.industryCode().startsWith(q.industryCode()))
                    .toList();
            return new Page<>(out, out.size());
        }
    }

    /** Records registrations; idempotent on sourceSystem/sourceId like the platform. */
    public static final class Hazards implements HazardService {
        public final List<NewHazard> registered = new ArrayList<>();
        public final Map<String, Hazard> bySource = new LinkedHashMap<>();
        private final AtomicLong ids = new AtomicLong(100);
        public RuntimeException failNext;

        @Override
        public synchronized Hazard register(AnjianPrincipal caller, NewHazard h) {
            if (failNext != null) {
                RuntimeException e = failNext;
                failNext = null;
                throw e;
            }
            registered.add(h);
            return bySource.computeIfAbsent(h.sourceSystem() + "/" + h.sourceId(), k -> new Hazard(ids.incrementAndGet(),
                    h.enterpriseCreditCode(), null, h.regionCode(), h.source(), h.grade(), h.category(),
                    h.description(), h.deadline(), HazardStatus.values()[0], null, false, null, null, null, null, null,
                    null, h.sourceSystem(), h.sourceId(), Instant.now(), caller.userId(), null, 1L, List.of()));
        }

        @Override public Optional<Hazard> find(AnjianPrincipal caller, long id) { throw new IllegalStateException("not used"); }
        @Override public Page<Hazard> search(AnjianPrincipal caller, HazardQuery query) { throw new IllegalStateException("not used"); }
        @Override public Hazard transition(AnjianPrincipal caller, long id, TransitionRequest request) { throw new IllegalStateException("not used"); }
        @Override public int escalateOverdue(LocalDate today) { throw new IllegalStateException("not used"); }
        @Override public List<HazardCategory> categories() { throw new IllegalStateException("not used"); }
    }
}
