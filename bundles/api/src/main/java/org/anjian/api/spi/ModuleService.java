package org.anjian.api.spi;

import org.osgi.annotation.versioning.ProviderType;

import java.util.List;
import java.util.Optional;
import org.anjian.api.security.AnjianPrincipal;

/** The platform's view of the installed modules and their contributions (provided by the platform). */
@ProviderType
public interface ModuleService {

    List<ModuleInfo> modules();

    /** Checklists of one module, or of all modules when {@code moduleId} is null. */
    List<Checklist> checklists(String moduleId);

    /** Pages of one module, or of all modules when {@code moduleId} is null. */
    List<ConsolePage> consolePages(String moduleId);

    /** A console asset of a module; empty for an unknown module or path. */
    Optional<java.io.InputStream> consoleAsset(String moduleId, String path);

    /** The map markers of every installed module, inside the caller's jurisdiction. */
    default List<MapMarker> mapMarkers(AnjianPrincipal caller) {
        return List.of();
    }

    /** The explained risk of an enterprise the caller may see. */
    Optional<EnterpriseRisk> risk(AnjianPrincipal caller, String creditCode);
}
