/**
 * Input rules shared by the platform and the domains: constraint messages that name the field, and the marker
 * for text fields that may span lines. Request types declare their rules once with Bean Validation
 * ({@code javax.validation.constraints}); the REST layer checks them before any service runs, the services check
 * them again for callers that are not HTTP clients, and the OpenAPI documents publish them.
 */
@Version("1.0.0")
@Export
package org.anjian.api.validation;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
