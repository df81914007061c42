package org.anjian.itests.paxexam;

import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ops4j.pax.exam.CoreOptions;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;

/**
 * Pax Exam options that boot the real Anjian distribution (the tar.gz this build made) on free
 * loopback ports. The ports are chosen in the driver and handed to the probe as system properties.
 */
public final class AnjianContainer {
    static final String HTTP_PORT = "anjian.test.http.port";

    private AnjianContainer() {
    }

    static Option[] options(String name, Option... extra) {
        String distribution = System.getProperty("anjian.distribution");
        if (distribution == null || !new File(distribution).isFile()) {
            throw new IllegalStateException("The distribution tar.gz is missing: " + distribution);
        }
        String target = System.getProperty("project.build.directory", "target");
        int http = freePort();
        List<Option> options = new ArrayList<>(Arrays.asList(
                karafDistributionConfiguration()
                        .frameworkUrl(new File(distribution).toURI().toString())
                        .name("Anjian")
                        .unpackDirectory(new File(target, "paxexam/" + name))
                        .useDeployFolder(false),
                keepRuntimeFolder(),
                configureConsole().ignoreLocalConsole(),
                logLevel(LogLevel.INFO),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(http)),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(freePort())),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", String.valueOf(freePort())),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", String.valueOf(freePort())),
                CoreOptions.systemProperty("anjian.broker.port").value(String.valueOf(freePort())),
                CoreOptions.systemProperty(HTTP_PORT).value(String.valueOf(http)),
                CoreOptions.systemProperty("anjian.domains").value(System.getProperty("anjian.domains", "")),
                CoreOptions.systemProperty("anjian.fixture.sample.kar").value(System.getProperty("anjian.fixture.sample.kar", "")),
                CoreOptions.systemProperty("anjian.fixture.sample.v2.features")
                        .value(System.getProperty("anjian.fixture.sample.v2.features", "")),
                CoreOptions.vmOption("-Xmx768m")));
        options.addAll(Arrays.asList(extra));
        return options.toArray(new Option[0]);
    }

    /**
     * The container on a database of its own on this run's PostgreSQL server instead of the embedded H2: the
     * datasource and the persistence unit configured as the README's production section says.
     */
    static Option[] onPostgreSql(String name) {
        org.anjian.testdb.FreshDatabase db = org.anjian.testdb.FreshDatabase.create(
                org.anjian.testdb.FreshDatabase.Engine.POSTGRESQL, name);
        java.util.Map<String, String> settings = db.connectionSettings();
        String datasource = "etc/org.ops4j.datasource-anjian.cfg";
        return new Option[] {
            editConfigurationFilePut(datasource, "osgi.jdbc.driver.name", "PostgreSQL JDBC Driver"),
            editConfigurationFilePut(datasource, "url", settings.get("url")),
            editConfigurationFilePut(datasource, "user", settings.get("user")),
            editConfigurationFilePut(datasource, "password", settings.get("password")),
            editConfigurationFilePut("etc/org.anjian.persistence.cfg", "dialect", db.hibernateDialect()),
            CoreOptions.systemProperty("anjian.test.database").value("postgresql")};
    }

    /**
     * The industry domains the distributions boot: every bundles/domain-* module of the root pom, as the build
     * found them (system property anjian.domains, set by the itests pom and passed into the container).
     */
    public static List<String> domains() {
        String domains = System.getProperty("anjian.domains", "");
        if (domains.isBlank() || domains.contains("${")) {
            throw new IllegalStateException("anjian.domains is not set: run the tests through the itests pom");
        }
        return List.of(domains.split(","));
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
