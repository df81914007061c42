/** Anjian platform API: hazard. Semantically versioned; domain bundles import only org.anjian.api.*. */
@Version("1.4.0")
@Export
package org.anjian.api.hazard;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
