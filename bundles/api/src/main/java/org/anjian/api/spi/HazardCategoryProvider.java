package org.anjian.api.spi;

import org.osgi.annotation.versioning.ConsumerType;

import java.util.List;
import org.anjian.api.hazard.HazardCategory;

/** Contributes hazard categories; their codes must be unique (prefix them with the module id). */
@ConsumerType
public interface HazardCategoryProvider extends ModuleContribution {
    List<HazardCategory> categories();
}
