package org.anjian.domain.construction.service;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The construction domain's configuration (PID {@code org.anjian.domain.construction}); every value has its default. */
@ObjectClassDefinition(name = "Anjian construction", description = "危大工程 thresholds, certificate validity, site checks")
public @interface ConstructionConfig {
    String PID = "org.anjian.domain.construction";

    @AttributeDefinition(name = "Threshold overrides",
            description = "A province's 危大工程 thresholds, RULE/LEVEL=value, e.g. EXCAVATION.depthM/DANGEROUS=2.5 "
                    + "(rules in construction/dangerous-works.tsv); empty keeps 建办质〔2018〕31号")
    String[] thresholds() default {};

    @AttributeDefinition(name = "三类人员 certificate validity (years)", description = "A, B and C certificates (住建部令第17号: 3)")
    int safetyCertificateYears() default 3;

    @AttributeDefinition(name = "特种作业 certificate validity (years)", description = "建筑施工特种作业操作资格证书 (建质〔2008〕75号: 2)")
    int specialOperationCertificateYears() default 2;

    @AttributeDefinition(name = "Expiring window (days)", description = "A certificate expiring within it is EXPIRING")
    int expiringWithinDays() default 30;

    @AttributeDefinition(name = "Site check interval (minutes)",
            description = "How often projects in progress are checked for key personnel and expired certificates")
    int checkIntervalMinutes() default 60;
}
