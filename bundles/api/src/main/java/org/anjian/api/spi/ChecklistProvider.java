package org.anjian.api.spi;

import java.util.List;

/** Contributes checklists. */
public interface ChecklistProvider extends ModuleContribution {
    List<Checklist> checklists();
}
