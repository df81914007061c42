/** What happens in the platform as it happens: hazard changes and domain alarms, for the console's notifications. */
@Version("1.0.1")
@Export
package org.anjian.api.events;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
