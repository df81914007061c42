package org.anjian.api.spi;

import org.osgi.annotation.versioning.ConsumerType;

import java.util.List;

/** Contributes checklists. */
@ConsumerType
public interface ChecklistProvider extends ModuleContribution {
    List<Checklist> checklists();
}
