/**
 * Conventions for the JAX-RS resources of the platform and of domains ({@link org.anjian.api.spi.DomainResource}):
 * paging parameters, and creations answered 201 with a {@code Location}. The REST layer implements them, and
 * documents them in each endpoint's OpenAPI document, for every resource alike.
 */
@Version("1.2.0")
@Export
package org.anjian.api.rest;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
