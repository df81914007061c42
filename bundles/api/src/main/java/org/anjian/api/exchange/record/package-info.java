/**
 * The suite's own vocabulary for what it exchanges with peers: a module maps its records once into these
 * canonical records ({@code ExchangeRecordContributor.toCanonical}), and each peer adapter translates each kind
 * once into its contract. A new kind of record is a new type here (a minor version); a peer that does not know a
 * kind skips it.
 */
@Version("1.1.0")
@Export
package org.anjian.api.exchange.record;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
