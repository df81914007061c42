package org.anjian.api.spi;

/**
 * A JAX-RS resource of a domain (an object with javax.ws.rs annotations). The platform serves every
 * DomainResource of a module under {@code /api/v1/domains/{moduleId}/}, with the platform's JSON,
 * errors and authentication, and removes them when the service goes away.
 */
public interface DomainResource extends ModuleContribution {
}
