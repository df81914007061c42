package org.anjian.api.spi;

import org.osgi.annotation.versioning.ConsumerType;

import java.util.List;
import org.anjian.api.security.AnjianPrincipal;

/** Contributes markers to the county map; the platform asks with the caller, whose jurisdiction the domain keeps. */
@ConsumerType
public interface MapMarkerProvider extends ModuleContribution {
    List<MapMarker> markers(AnjianPrincipal caller);
}
