/**
 * The plug-in kit's access helpers for a module's resources and services: the caller of a request, the platform's
 * writer roles, and an enterprise a request names that the caller must be able to see. The scope of a module's
 * rows is {@code EnterpriseService.scope(caller)}; this package only saves each module the same three checks.
 */
@Version("1.0.0")
@Export
package org.anjian.api.kit.access;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
