package org.anjian.api.spi;

import org.osgi.annotation.versioning.ConsumerType;

/** Anything a domain contributes; it names the module it belongs to. */
@ConsumerType
public interface ModuleContribution {
    String moduleId();
}
