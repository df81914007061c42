package org.anjian.domain.construction.module;

import java.util.List;
import org.anjian.api.spi.IndustryModule;
import org.anjian.api.spi.ModuleDatabase;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * 建筑施工: projects under construction, their 危险性较大的分部分项工程 (住建部令第37号) and the certificates of the
 * people who must be on site, supervised through the general contractor (施工总承包单位).
 *
 * <p>Industry codes: GB/T 4754-2017 section E 建筑业, divisions 47 房屋建筑业, 48 土木工程建筑业, 49 建筑安装业 and
 * 50 建筑装饰、装修和其他建筑业: the enterprises the county's 建设工程 sub-committee officer sees.
 */
@Component(service = IndustryModule.class)
public class ConstructionModule implements IndustryModule {
    public static final String ID = "construction";
    /** The target filter of this module's database, registered by the platform when the bundle starts. */
    public static final String DATABASE = "(" + ModuleDatabase.MODULE + "=" + ID + ")";
    static final List<String> INDUSTRY_CODES = List.of("47", "48", "49", "50");

    private final String version;

    @Activate
    public ConstructionModule(BundleContext context) {
        this.version = context.getBundle().getVersion().toString();
    }

    @Override public String id() { return ID; }
    @Override public String nameZh() { return "建筑施工"; }
    @Override public String nameEn() { return "Construction"; }
    @Override public String version() { return version; }

    /** The county's 建设工程安全 sub-committee; its office sits with the 住房和城乡建设局. */
    @Override public String subcommittee() { return "建设工程安全专业委员会办公室"; }

    @Override
    public List<String> industryCodes() {
        return INDUSTRY_CODES;
    }
}
