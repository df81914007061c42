/**
 * The plug-in kit's checks of request fields and query parameters that Bean Validation on a request type does
 * not express (parsing of strings, enums, dates, ranges): each failure is a {@code ValidationException} that
 * names the field, so the API answers 400 naming it.
 */
@Version("1.0.0")
@Export
package org.anjian.api.kit.fields;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
