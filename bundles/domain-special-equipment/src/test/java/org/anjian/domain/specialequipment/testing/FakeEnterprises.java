package org.anjian.domain.specialequipment.testing;

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

/** Enterprises in memory, scoped by the caller's jurisdiction like the platform's. */
public final class FakeEnterprises implements EnterpriseService {
    private final Map<String, Enterprise> byCode = new LinkedHashMap<>();

    public Enterprise add(String creditCode, String name, String industryCode, String regionCode) {
        Enterprise e = new Enterprise(creditCode, name, industryCode, "地址", regionCode, null, List.of(), null, null,
                null, List.of(), 1L);
        byCode.put(creditCode, e);
        return e;
    }

    @Override
    public Enterprise create(AnjianPrincipal caller, Enterprise enterprise) {
        byCode.put(enterprise.creditCode(), enterprise);
        return enterprise;
    }

    @Override
    public Enterprise update(AnjianPrincipal caller, String creditCode, Enterprise enterprise) {
        byCode.put(creditCode, enterprise);
        return enterprise;
    }

    @Override
    public Optional<Enterprise> find(AnjianPrincipal caller, String creditCode) {
        return Optional.ofNullable(byCode.get(creditCode)).filter(e -> caller.covers(e.regionCode()));
    }

    @Override
    public Page<Enterprise> search(AnjianPrincipal caller, EnterpriseQuery query) {
        List<Enterprise> all = new ArrayList<>(byCode.values().stream().filter(e -> caller.covers(e.regionCode())).toList());
        int from = Math.min(all.size(), query.page().offset());
        int to = Math.min(all.size(), from + query.page().limit());
        return new Page<>(all.subList(from, to), all.size());
    }
}
