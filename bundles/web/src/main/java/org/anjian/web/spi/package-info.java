/** What the REST layer tells the HTTP edge about its resources. */
@Version("1.0.0")
package org.anjian.web.spi;

import org.osgi.annotation.versioning.Version;
