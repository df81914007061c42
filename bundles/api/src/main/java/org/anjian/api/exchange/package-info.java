/**
 * Anjian platform API: the exchange with peers (the provincial platform, insurers, grid platforms) as
 * operators see it: the run ledger, dead letters, running a peer now; and the callbacks peers send in. Semantically versioned.
 */
@Version("1.1.0")
@Export
package org.anjian.api.exchange;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
