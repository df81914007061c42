package org.anjian.api.spi;

import java.util.List;

/** A versioned inspection checklist (检查清单) or 重大隐患判定标准 catalogue. */
public record Checklist(String id, String moduleId, String title, String version, String basis,
                        List<ChecklistItem> items) {
    public Checklist {
        items = List.copyOf(items);
    }
}
