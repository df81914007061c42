package org.anjian.api.spi;

import java.util.List;
import java.util.Map;

/** An installed module as the platform sees it, with the count of each kind of contribution. */
public record ModuleInfo(String id, String nameZh, String nameEn, String version, String subcommittee,
                         List<String> industryCodes, Map<String, Integer> contributions) {
    public ModuleInfo {
        industryCodes = List.copyOf(industryCodes);
        contributions = Map.copyOf(contributions);
    }
}
