/** Anjian platform API: enterprise. Semantically versioned; domain bundles import only org.anjian.api.*. */
@Version("1.3.0")
@Export
package org.anjian.api.enterprise;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
