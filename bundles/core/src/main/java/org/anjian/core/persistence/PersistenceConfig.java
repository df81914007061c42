package org.anjian.core.persistence;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Anjian persistence", description = "The platform's persistence unit over the anjian DataSource")
public @interface PersistenceConfig {
    @AttributeDefinition(description = "Hibernate dialect of the database (H2Dialect, PostgreSQL10Dialect, ...)")
    String dialect() default "org.hibernate.dialect.H2Dialect";

    @AttributeDefinition(description = "Log SQL statements")
    boolean showSql() default false;
}
