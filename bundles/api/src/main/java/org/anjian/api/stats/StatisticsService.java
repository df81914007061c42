package org.anjian.api.stats;

import org.osgi.annotation.versioning.ProviderType;

import java.util.List;
import org.anjian.api.security.AnjianPrincipal;

/** Dashboard aggregates, scoped as the lists are: a caller counts only what they may see. */
@ProviderType
public interface StatisticsService {
    Overview overview(AnjianPrincipal caller);

    /** The last {@code months} months, oldest first, the current one included. */
    List<MonthCount> hazardsByMonth(AnjianPrincipal caller, int months);

    /** The townships inside the caller's jurisdiction (a grid member's or village's one township). */
    List<TownshipFigures> townships(AnjianPrincipal caller);
}
