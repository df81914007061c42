package org.anjian.api.system;

import org.osgi.annotation.versioning.ProviderType;

import java.util.Optional;

/** A ledger of one-off data loads (demo data, imports), so that each is applied once per database. */
@ProviderType
public interface DataLoads {

    /** When the named load completed, if it did. */
    Optional<java.time.Instant> loadedAt(String name);

    /** Records a completed load; false when it was already recorded. */
    boolean markLoaded(String name, String loadedBy, String details);
}
