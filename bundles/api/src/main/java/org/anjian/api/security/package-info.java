/** Anjian platform API: security. Semantically versioned; domain bundles import only org.anjian.api.*. */
@Version("1.0.1")
@Export
package org.anjian.api.security;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
