package org.anjian.domain.chemical.module;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anjian.api.common.Page;
import org.anjian.api.common.PageRequest;
import org.anjian.api.enterprise.Enterprise;
import org.anjian.api.enterprise.EnterpriseService;
import org.anjian.api.security.AnjianPrincipal;
import org.anjian.api.spi.MapMarker;
import org.anjian.api.spi.MapMarkerProvider;
import org.anjian.domain.chemical.service.HazardSourceService;
import org.anjian.domain.chemical.store.MajorHazardSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The major hazard sources (重大危险源) on the county map, coloured by their GB 18218 grade. */
@Component(service = MapMarkerProvider.class)
public class ChemicalMapMarkers implements MapMarkerProvider {
    static final String KIND = "MAJOR_HAZARD_SOURCE";
    private static final String[] LEVELS = {null, "RED", "ORANGE", "YELLOW", "BLUE"};
    private final HazardSourceService sources;
    private final EnterpriseService enterprises;

    @Activate
    public ChemicalMapMarkers(@Reference HazardSourceService sources, @Reference EnterpriseService enterprises) {
        this.sources = sources;
        this.enterprises = enterprises;
    }

    @Override
    public String moduleId() {
        return ChemicalModule.ID;
    }

    @Override
    public List<MapMarker> markers(AnjianPrincipal caller) {
        List<MapMarker> out = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        for (int offset = 0; ; offset += PageRequest.MAX_LIMIT) {
            Page<MajorHazardSource> page = sources.search(caller, null, null, new PageRequest(offset, PageRequest.MAX_LIMIT));
            for (MajorHazardSource s : page.items()) {
                if (!s.major() || s.grade() == null) {
                    continue;
                }
                String enterprise = names.computeIfAbsent(s.enterpriseCreditCode(), code ->
                        enterprises.find(caller, code).map(Enterprise::name).orElse(code));
                out.add(new MapMarker(ChemicalModule.ID, KIND, "重大危险源",
                        enterprise + " · " + s.name() + " (" + "一二三四".charAt(s.grade() - 1) + "级)",
                        s.enterpriseCreditCode(), s.regionCode(), LEVELS[s.grade()],
                        "/domains/chemical/major-hazard?source=" + s.id()));
            }
            if (!page.hasMoreAfter(offset)) {
                return out;
            }
        }
    }
}
