package org.anjian.domain.gas.module;

import java.util.List;
import org.anjian.api.spi.IndustryModule;
import org.anjian.api.spi.ModuleDatabase;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * 城镇燃气: gas operators (燃气经营企业) and their stations, their users with the leak alarms catering users must keep
 * working, 一瓶一码 cylinders traced from filling to the user, and device alarms.
 *
 * <p>Industry codes: GB/T 4754-2017 45 燃气生产和供应业 (the operators) and 62 餐饮业 (catering users, the
 * 燃气安全专项整治's first concern): the enterprises the county's 城镇燃气 sub-committee officer sees.
 */
@Component(service = IndustryModule.class)
public class GasModule implements IndustryModule {
    public static final String ID = "gas";
    /** The target filter of this module's database, registered by the platform when the bundle starts. */
    public static final String DATABASE = "(" + ModuleDatabase.MODULE + "=" + ID + ")";
    static final List<String> INDUSTRY_CODES = List.of("45", "62");

    private final String version;

    @Activate
    public GasModule(BundleContext context) {
        this.version = context.getBundle().getVersion().toString();
    }

    @Override public String id() { return ID; }
    @Override public String nameZh() { return "城镇燃气"; }
    @Override public String nameEn() { return "Urban gas"; }
    @Override public String version() { return version; }

    /** The county's 城镇燃气安全 sub-committee; its office sits with the 住房和城乡建设局 (燃气主管部门). */
    @Override public String subcommittee() { return "城镇燃气安全专业委员会办公室"; }

    @Override
    public List<String> industryCodes() {
        return INDUSTRY_CODES;
    }
}
