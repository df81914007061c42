package org.anjian.rest.resources;

import java.util.HashMap;
import java.util.Map;
import org.anjian.api.region.Region;
import org.anjian.api.region.RegionService;
import org.anjian.api.security.AnjianPrincipal;

/** Region names by code for labelling rows (the caller's own township too, when the jurisdiction lies below it). */
final class RegionNames {
    private RegionNames() {
    }

    static Map<String, String> of(RegionService regions, AnjianPrincipal caller) {
        Map<String, String> names = new HashMap<>();
        for (Region r : regions.list(caller)) {
            names.put(r.code(), r.name());
        }
        String j = caller.jurisdiction();
        if (j.length() > 9) {
            AnjianPrincipal reader = AnjianPrincipal.system("labels");
            regions.find(reader, j.substring(0, 9) + "000").ifPresent(t -> names.put(t.code(), t.name()));
            if (j.length() > 12) {
                regions.find(reader, j.substring(0, 12)).ifPresent(v -> names.put(v.code(), v.name()));
            }
        }
        return names;
    }
}
