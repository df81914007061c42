package org.anjian.api.spi;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A JAX-RS resource of a domain (an object with javax.ws.rs annotations). The platform serves every
 * DomainResource of a module under {@code /api/v1/domains/{moduleId}/}, with the platform's JSON,
 * errors and authentication, and removes them when the service goes away.
 */
@ConsumerType
public interface DomainResource extends ModuleContribution {
}
