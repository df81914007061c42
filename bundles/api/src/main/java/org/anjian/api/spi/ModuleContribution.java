package org.anjian.api.spi;

/** Anything a domain contributes; it names the module it belongs to. */
public interface ModuleContribution {
    String moduleId();
}
