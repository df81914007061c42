package org.anjian.domain.construction.service;

import java.util.Arrays;
import java.util.Map;
import org.anjian.api.common.ValidationException;
import org.anjian.domain.construction.rules.Assessment;
import org.anjian.domain.construction.rules.Criteria;
import org.anjian.domain.construction.rules.DangerousWorkAssessor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The 危大工程 criteria in force: the shipped table with the configured province's overrides, replaced as soon as the
 * configuration changes. A configuration that names no rule, or not a number, does not activate (the error names it).
 */
@Component(service = DangerousWorkRules.class, configurationPid = ConstructionConfig.PID)
@Designate(ocd = ConstructionConfig.class)
public class DangerousWorkRules {
    private static final Criteria SHIPPED = Criteria.shipped();

    private volatile DangerousWorkAssessor assessor;

    @Activate
    public DangerousWorkRules(ConstructionConfig config) {
        modified(config);
    }

    /** Outside OSGi: the shipped criteria with these overrides. */
    public static DangerousWorkRules of(String... overrides) {
        return new DangerousWorkRules(overrides);
    }

    private DangerousWorkRules(String[] overrides) {
        this.assessor = new DangerousWorkAssessor(SHIPPED.withOverrides(Arrays.asList(overrides)));
    }

    @Modified
    void modified(ConstructionConfig config) {
        this.assessor = new DangerousWorkAssessor(SHIPPED.withOverrides(Arrays.asList(config.thresholds())));
    }

    public Assessment assess(String category, Map<String, ?> parameters) {
        if (parameters != null) {
            for (String name : parameters.keySet()) {
                if (name == null) {
                    throw new ValidationException("parameters", "parameter names must not be null");
                }
            }
        }
        return assessor.assess(category, parameters);
    }

    public Criteria criteria() {
        return assessor.criteria();
    }
}
