package org.anjian.api.enterprise;

import org.osgi.annotation.versioning.ProviderType;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.anjian.api.common.SqlCondition;

/**
 * The enterprises one caller may see, for the SQL of a module's own tables: the platform's one jurisdiction rule
 * (region or grid, and a sub-committee officer's industries) applied to rows that name an enterprise. A module row is
 * the caller's exactly when its enterprise is one {@link EnterpriseService#find} gives the same caller.
 */
@ProviderType
@FunctionalInterface
public interface EnterpriseScope {
    /** Every enterprise (a caller without limits). */
    EnterpriseScope ALL = column -> SqlCondition.TRUE;

    /** The condition on a column holding credit codes (e.g. {@code "a.enterprise_credit_code"}). */
    SqlCondition rowsOf(String creditCodeColumn);

    /** A scope of the listed enterprises. */
    static EnterpriseScope of(Collection<String> creditCodes) {
        List<String> codes = List.copyOf(Set.copyOf(creditCodes));
        return column -> SqlCondition.in(column, codes);
    }
}
