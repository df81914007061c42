/**
 * What a peer adapter (the provincial platform, insurers, grid platforms) plugs into the exchange: it
 * registers an {@link org.anjian.exchange.spi.ExchangePeer} service; the exchange reads the outbox,
 * maps records, schedules runs, retries, dead-letters and keeps the ledger. Semantically versioned; in
 * a bundle of its own (anjian-exchange-api), so that updating the engine does not refresh the peers.
 */
@Version("1.2.0")
@Export
package org.anjian.exchange.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
