package org.anjian.domain.chemical.module;

import java.util.List;
import org.anjian.api.spi.IndustryModule;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/** 化工和危险化学品: the chemical-parks and hazardous-chemicals domain. */
@Component(service = IndustryModule.class)
public class ChemicalModule implements IndustryModule {
    public static final String ID = "chemical";
    /** The target filter of this module\'s database, registered by the platform when the bundle starts. */
    public static final String DATABASE = "(" + org.anjian.api.spi.ModuleDatabase.MODULE + "=" + ID + ")";

    private final String version;

    @Activate
    public ChemicalModule(BundleContext context) {
        this.version = context.getBundle().getVersion().toString();
    }

    @Override public String id() { return ID; }
    @Override public String nameZh() { return "化工和危险化学品"; }
    @Override public String nameEn() { return "Chemical parks and hazardous chemicals"; }
    @Override public String version() { return version; }
    @Override public String subcommittee() { return "危险化学品安全专业委员会办公室"; }

    /** Chemical manufacturing (GB/T 4754 division 26), petroleum/chemical wholesale and storage, fuel retail. */
    @Override
    public List<String> industryCodes() {
        return List.of("25", "26", "5162", "5166", "5265", "5942");
    }

    static boolean covers(String industryCode) {
        return industryCode != null && List.of("25", "26", "5162", "5166", "5265", "5942").stream()
                .anyMatch(industryCode::startsWith);
    }
}
