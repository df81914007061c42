package org.anjian.core.persistence;

import java.net.URL;
import java.util.List;
import java.util.Properties;
import javax.persistence.SharedCacheMode;
import javax.persistence.ValidationMode;
import javax.persistence.spi.ClassTransformer;
import javax.persistence.spi.PersistenceUnitInfo;
import javax.persistence.spi.PersistenceUnitTransactionType;
import javax.sql.DataSource;

/**
 * The "anjian" persistence unit, described in code and nowhere else (the bundle publishes it, the tests build
 * theirs from it): resource-local, over the migrated DataSource, entity classes from this bundle.
 */
public final class AnjianPersistenceUnit implements PersistenceUnitInfo {
    public static final String NAME = "anjian";
    public static final List<String> ENTITIES = List.of(
            "org.anjian.core.region.RegionEntity",
            "org.anjian.core.region.RegionTableVersionEntity",
            "org.anjian.core.region.RegionGeometryEntity",
            "org.anjian.core.hazard.HazardAttachmentEntity",
            "org.anjian.core.enterprise.EnterpriseEntity",
            "org.anjian.core.enterprise.NameGramEntity",
            "org.anjian.core.enterprise.GuarantorEmbeddable",
            "org.anjian.core.hazard.HazardEntity",
            "org.anjian.core.hazard.HazardHistoryEntity",
            "org.anjian.core.audit.AuditEntryEntity",
            "org.anjian.core.outbox.OutboxEntity",
            "org.anjian.core.system.DataLoadEntity");

    private final DataSource dataSource;
    private final ClassLoader classLoader;
    private final URL root;
    private final Properties properties;

    public AnjianPersistenceUnit(DataSource dataSource, ClassLoader classLoader, URL root, Properties properties) {
        this.dataSource = dataSource;
        this.classLoader = classLoader;
        this.root = root;
        this.properties = properties;
    }

    @Override public String getPersistenceUnitName() { return NAME; }
    @Override public String getPersistenceProviderClassName() { return "org.hibernate.jpa.HibernatePersistenceProvider"; }
    @Override public PersistenceUnitTransactionType getTransactionType() { return PersistenceUnitTransactionType.RESOURCE_LOCAL; }
    @Override public DataSource getJtaDataSource() { return null; }
    @Override public DataSource getNonJtaDataSource() { return dataSource; }
    @Override public List<String> getMappingFileNames() { return List.of(); }
    @Override public List<URL> getJarFileUrls() { return List.of(); }
    @Override public URL getPersistenceUnitRootUrl() { return root; }
    @Override public List<String> getManagedClassNames() { return ENTITIES; }
    @Override public boolean excludeUnlistedClasses() { return true; }
    @Override public SharedCacheMode getSharedCacheMode() { return SharedCacheMode.NONE; }
    @Override public ValidationMode getValidationMode() { return ValidationMode.NONE; }
    @Override public Properties getProperties() { return properties; }
    @Override public String getPersistenceXMLSchemaVersion() { return "2.2"; }
    @Override public ClassLoader getClassLoader() { return classLoader; }
    @Override public void addTransformer(ClassTransformer transformer) { }
    @Override public ClassLoader getNewTempClassLoader() { return classLoader; }
}
