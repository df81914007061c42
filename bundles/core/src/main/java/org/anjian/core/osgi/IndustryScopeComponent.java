package org.anjian.core.osgi;

import java.util.List;
import org.anjian.api.spi.IndustryModule;
import org.anjian.core.access.IndustryScope;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** Follows the installed modules for {@link IndustryScope}, without restarting anything when they change. */
@Component(service = IndustryScopeComponent.class)
public class IndustryScopeComponent {
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<IndustryModule> modules;

    private final IndustryScope scope = new IndustryScope(() -> modules == null ? List.of() : modules);

    public IndustryScope scope() {
        return scope;
    }
}
