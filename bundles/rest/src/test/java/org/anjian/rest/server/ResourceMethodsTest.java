package org.anjian.rest.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.anjian.rest.resources.ConsoleResource;
import org.anjian.rest.resources.HazardResource;
import org.anjian.rest.resources.ModuleResource;
import org.anjian.rest.resources.UninstalledModuleResource;
import org.apache.cxf.jaxrs.model.ClassResourceInfo;
import org.apache.cxf.jaxrs.utils.ResourceUtils;
import org.junit.jupiter.api.Test;

/** The {@code Allow} of a path lists what that resource answers, not what the whole endpoint does. */
class ResourceMethodsTest {
    private static ClassResourceInfo cri(Class<?> type) {
        return ResourceUtils.createClassResourceInfo(type, type, true, true);
    }

    private final ResourceMethods methods = new ResourceMethods("/v1", () -> List.of(cri(HazardResource.class),
            cri(ModuleResource.class), cri(ConsoleResource.class), cri(UninstalledModuleResource.class)));

    @Test
    void eachPathHasItsOwnMethods() {
        assertThat(methods.allowedRelative("hazards")).contains(Set.of("GET", "HEAD", "POST", "OPTIONS"));
        assertThat(methods.allowedRelative("/hazards/42")).contains(Set.of("GET", "HEAD", "OPTIONS"));
        assertThat(methods.allowedRelative("/hazards/42/transitions")).contains(Set.of("POST", "OPTIONS"));
        assertThat(methods.allowedRelative("/hazards/categories")).contains(Set.of("GET", "HEAD", "OPTIONS"));
        assertThat(methods.allowedRelative("/modules")).contains(Set.of("GET", "HEAD", "OPTIONS"));
        assertThat(methods.allowedRelative("/console/chemical/pages/x.js")).contains(Set.of("GET", "HEAD", "OPTIONS"));
        assertThat(methods.allowedRelative("/nothing")).isEmpty();
        // the answer for modules that are not installed has no resource of its own
        assertThat(methods.allowedRelative("/domains/chemical/parks")).isEmpty();
    }

    @Test
    void pathsBelowTheServletAreMatchedAgainstTheAddress() {
        assertThat(methods.allowed("/v1/hazards/42/transitions")).contains(Set.of("POST", "OPTIONS"));
        assertThat(methods.allowed("/v2/hazards")).isEmpty();
        assertThat(methods.allowed("/v1x/hazards")).isEmpty();
    }
}
