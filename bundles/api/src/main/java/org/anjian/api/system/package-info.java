/** Anjian platform API: system. Semantically versioned; domain bundles import only org.anjian.api.*. */
@Version("1.1.0")
@Export
package org.anjian.api.system;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
