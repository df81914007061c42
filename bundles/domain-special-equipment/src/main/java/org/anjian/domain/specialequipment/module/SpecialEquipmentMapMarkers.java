package org.anjian.domain.specialequipment.module;

import java.util.ArrayList;
import java.util.List;
import org.anjian.api.common.Page;
import org.anjian.api.common.PageRequest;
import org.anjian.api.security.AnjianPrincipal;
import org.anjian.api.spi.MapMarker;
import org.anjian.api.spi.MapMarkerProvider;
import org.anjian.domain.specialequipment.service.EquipmentView;
import org.anjian.domain.specialequipment.service.SpecialEquipmentService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Equipment in use past its inspection date (逾期未检) on the county map: red after 30 days, orange before. */
@Component(service = MapMarkerProvider.class)
public class SpecialEquipmentMapMarkers implements MapMarkerProvider {
    static final String KIND = "OVERDUE_EQUIPMENT";
    private final SpecialEquipmentService service;

    @Activate
    public SpecialEquipmentMapMarkers(@Reference SpecialEquipmentService service) {
        this.service = service;
    }

    @Override
    public String moduleId() {
        return SpecialEquipmentModule.ID;
    }

    @Override
    public List<MapMarker> markers(AnjianPrincipal caller) {
        List<MapMarker> out = new ArrayList<>();
        java.time.LocalDate today = service.today();
        for (int offset = 0; ; offset += PageRequest.MAX_LIMIT) {
            Page<EquipmentView> page = service.search(caller, null, null, true, null, null,
                    new PageRequest(offset, PageRequest.MAX_LIMIT));
            for (EquipmentView e : page.items()) {
                long days = e.nextDue() == null ? 0 : java.time.temporal.ChronoUnit.DAYS.between(e.nextDue(), today);
                String code = e.equipmentCode() == null ? e.registrationCode() : e.equipmentCode();
                out.add(new MapMarker(SpecialEquipmentModule.ID, KIND, "逾期未检设备",
                        e.categoryName() + " " + (code == null ? e.id() : code) + " (逾期" + days + "天)",
                        e.enterpriseCreditCode(), e.regionCode(), days > 30 ? "RED" : "ORANGE",
                        "/domains/special-equipment/equipment?id=" + e.id()));
            }
            if (!page.hasMoreAfter(offset)) {
                return out;
            }
        }
    }
}
