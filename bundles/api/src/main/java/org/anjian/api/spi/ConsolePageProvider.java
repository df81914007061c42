package org.anjian.api.spi;

import org.osgi.annotation.versioning.ConsumerType;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * Contributes console pages and serves their assets (ES modules, styles, images) from the domain's
 * own bundle. The platform serves them at {@code /api/v1/console/{moduleId}/{path}} without login (they
 * hold code, never data).
 */
@ConsumerType
public interface ConsolePageProvider extends ModuleContribution {

    List<ConsolePage> pages();

    /** One asset by its path relative to the domain's console folder, or empty when there is none. */
    Optional<InputStream> asset(String path);
}
