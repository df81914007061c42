package org.anjian.core.osgi;

import javax.persistence.EntityManagerFactory;
import org.anjian.api.hazard.HazardAttachmentService;
import org.anjian.api.hazard.HazardService;
import org.anjian.core.hazard.HazardAttachmentServiceImpl;
import org.anjian.core.persistence.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

@Component(service = HazardAttachmentService.class, configurationPid = "org.anjian.hazard")
public class HazardAttachmentServiceComponent extends HazardAttachmentServiceImpl {
    @Activate
    public HazardAttachmentServiceComponent(@Reference(target = Components.EMF) EntityManagerFactory emf,
                                            @Reference HazardService hazards, HazardConfig config) {
        super(new Transactions(emf), PlatformClock.get(), hazards, config.attachmentMaxBytes());
    }

    @Modified
    void modified(HazardConfig config) {
        setMaxBytes(config.attachmentMaxBytes());
    }
}
