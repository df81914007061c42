package org.anjian.testkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anjian.api.common.Page;
import org.anjian.api.enterprise.Enterprise;
import org.anjian.api.enterprise.EnterpriseQuery;
import org.anjian.api.enterprise.EnterpriseService;
import org.anjian.api.security.AnjianPrincipal;

/**
 * The enterprise registry in memory, for a module's tests: scoped by the caller's jurisdiction (region prefix) like
 * the platform's, filtered by region prefix and industry, paged. The scope a module gets from
 * {@link EnterpriseService#scope} is the API's default, built on {@link #search}.
 */
public class FakeEnterprises implements EnterpriseService {
    private final Map<String, Enterprise> byCode = new LinkedHashMap<>();

    /** Registers an enterprise with the given industry (GB/T 4754 code) in the given region (12-digit code). */
    public Enterprise add(String creditCode, String name, String industryCode, String regionCode) {
        return add(new Enterprise(creditCode, name, industryCode, "示范县", regionCode, null, List.of(), null, null, null,
                List.of(), 1L));
    }

    public synchronized Enterprise add(Enterprise e) {
        byCode.put(e.creditCode(), e);
        return e;
    }

    @Override
    public Enterprise create(AnjianPrincipal caller, Enterprise enterprise) {
        return add(enterprise);
    }

    @Override
    public synchronized Enterprise update(AnjianPrincipal caller, String creditCode, Enterprise enterprise) {
        byCode.put(creditCode, enterprise);
        return enterprise;
    }

    @Override
    public synchronized Optional<Enterprise> find(AnjianPrincipal caller, String creditCode) {
        return Optional.ofNullable(byCode.get(creditCode)).filter(e -> caller.covers(e.regionCode()));
    }

    @Override
    public synchronized Page<Enterprise> search(AnjianPrincipal caller, EnterpriseQuery q) {
        List<Enterprise> all = new ArrayList<>(byCode.values().stream().filter(e -> caller.covers(e.regionCode()))
                .filter(e -> q.regionPrefix() == null || e.regionCode().startsWith(q.regionPrefix()))
                .filter(e -> q.industryCode() == null || e.industryCode().startsWith(q.industryCode()))
                .toList());
        int from = Math.min(all.size(), q.page().offset());
        int to = Math.min(all.size(), from + q.page().limit());
        return new Page<>(all.subList(from, to), all.size());
    }
}
