package org.anjian.core.osgi;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.anjian.api.hazard.HazardCategory;
import org.anjian.api.spi.HazardCategoryProvider;

/** The hazard-category providers currently registered by domain modules. */
final class CategoryWhiteboard {
    private final List<HazardCategoryProvider> providers = new CopyOnWriteArrayList<>();

    void add(HazardCategoryProvider provider) {
        providers.add(provider);
    }

    void remove(HazardCategoryProvider provider) {
        providers.remove(provider);
    }

    List<HazardCategory> current() {
        return providers.stream().flatMap(p -> p.categories().stream()).toList();
    }
}
