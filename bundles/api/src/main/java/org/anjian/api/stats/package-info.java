/** Aggregates of the registry and the hazard loop for dashboards, inside the caller's jurisdiction. */
@Version("1.0.1")
@Export
package org.anjian.api.stats;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
