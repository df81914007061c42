/**
 * The plug-in SPI of Anjian: what an industry domain bundle registers as DS services so the platform
 * picks it up (whiteboard). A domain imports only org.anjian.api.* packages. Semantically versioned:
 * a domain built against 1.x runs on 1.y.
 */
@Version("1.2.0")
@Export
package org.anjian.api.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
