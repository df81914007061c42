package org.anjian.api.spi;

import org.osgi.annotation.versioning.ProviderType;

import org.osgi.framework.Bundle;

/**
 * Storage for domain modules, provided by the platform: each module keeps its own tables in the
 * platform database. {@link #open} applies the module's SQL migrations ({@code db/<moduleId>/V<n>__*.sql}
 * in its bundle, each once, tracked per module with a checksum) and returns the module's handle.
 * Uninstalling a module leaves its tables and data; reinstalling it (or a newer version with further
 * migrations) picks them up again.
 */
@ProviderType
public interface ModuleStorage {
    ModuleDatabase open(String moduleId, Bundle bundle);
}
