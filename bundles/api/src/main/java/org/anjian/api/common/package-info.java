/** Anjian platform API: common. Semantically versioned; domain bundles import only org.anjian.api.*. */
@Version("1.2.0")
@Export
package org.anjian.api.common;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
