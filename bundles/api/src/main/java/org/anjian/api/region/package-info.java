/** Anjian platform API: region. Semantically versioned; domain bundles import only org.anjian.api.*. */
@Version("1.2.1")
@Export
package org.anjian.api.region;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
