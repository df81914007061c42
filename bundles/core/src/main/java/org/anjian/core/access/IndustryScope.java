package org.anjian.core.access;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.anjian.api.security.AnjianPrincipal;
import org.anjian.api.security.Roles;
import org.anjian.api.spi.IndustryModule;

/**
 * The domain scope of a sub-committee officer (专委办): the industry codes of the installed modules whose
 * supervising office is the officer's department. Other callers are not limited by industry. An officer
 * whose office no installed module names sees no enterprise (fail closed).
 */
public final class IndustryScope {
    public static final IndustryScope UNRESTRICTED = new IndustryScope(List::of);

    private final Supplier<List<IndustryModule>> modules;

    public IndustryScope(Supplier<List<IndustryModule>> modules) {
        this.modules = modules;
    }

    /** Empty: no industry limit; present: the industry-code prefixes the caller may see (maybe none). */
    public Optional<List<String>> prefixes(AnjianPrincipal caller) {
        if (!caller.hasRole(Roles.SUBCOMMITTEE) || caller.hasAnyRole(Roles.ADMIN, Roles.SYSTEM)) {
            return Optional.empty();
        }
        String office = caller.department();
        return Optional.of(modules.get().stream()
                .filter(m -> office != null && office.equals(m.subcommittee()))
                .flatMap(m -> m.industryCodes().stream())
                .distinct().toList());
    }

    public boolean allows(AnjianPrincipal caller, String industryCode) {
        return prefixes(caller).map(p -> industryCode != null && p.stream().anyMatch(industryCode::startsWith))
                .orElse(true);
    }

    /**
     * A JPQL condition over an industry-code path limiting the caller, with its parameters added to
     * {@code params} as name/value pairs; null when the caller is not limited.
     */
    public String condition(AnjianPrincipal caller, String path, List<Object> params) {
        Optional<List<String>> prefixes = prefixes(caller);
        if (prefixes.isEmpty()) {
            return null;
        }
        if (prefixes.get().isEmpty()) {
            return "1 = 0";
        }
        StringBuilder or = new StringBuilder("(");
        for (int i = 0; i < prefixes.get().size(); i++) {
            String name = "industry" + i;
            or.append(i == 0 ? "" : " or ").append(path).append(" like :").append(name);
            params.add(name);
            params.add(prefixes.get().get(i) + "%");
        }
        return or.append(")").toString();
    }
}
