package org.anjian.api.exchange.record;

import org.osgi.annotation.versioning.ProviderType;

/** A record in the suite's exchange vocabulary: what it is about (an enterprise, in a region) and its kind. */
@ProviderType
public interface CanonicalRecord {
    /** The record's id in the module (unique within its kind). */
    String id();

    /** The enterprise the record belongs to (unified social credit code). */
    String enterpriseCreditCode();

    /** The region the record lies in (12-digit code), for the peers' region scope. */
    String regionCode();
}
