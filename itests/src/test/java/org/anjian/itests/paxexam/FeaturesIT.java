package org.anjian.itests.paxexam;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import javax.inject.Inject;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.features.Repository;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/**
 * Installs and uninstalls every Anjian feature in a running container that booted with the
 * infrastructure only. Fails on a component that failed to activate, on a bundle left behind, and on
 * any bundle that was there before being stopped, refreshed or updated (installs run without
 * auto-refresh, as IT staff do it).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class FeaturesIT {
    private static final String INFRA_PREFIX = "anjian-infra";

    @Inject
    private FeaturesService features;

    @Inject
    private BundleContext context;

    @Inject
    private ServiceComponentRuntime scr;

    @Configuration
    public Option[] config() {
        return AnjianContainer.options("features",
                editConfigurationFilePut("etc/org.apache.karaf.features.cfg", "featuresBoot",
                        "(instance,package,log,ssh,system,feature,shell,management,service,jaas,deployer,diagnostic,"
                                + "wrap,bundle,config,kar,scr),anjian-infra"));
    }

    @Test
    public void everyAnjianFeatureInstallsAndUninstallsWithoutTouchingTheRest() throws Exception {
        List<Feature> all = new ArrayList<>();
        for (Repository repository : anjianRepositories()) {
            all.addAll(List.of(repository.getFeatures()));
        }
        assertTrue("too few features: " + all, all.size() >= 8);
        List<String> checked = new ArrayList<>();
        for (Feature f : all) {
            if (f.getName().startsWith(INFRA_PREFIX)) {
                assertTrue(f.getName() + " is a boot prerequisite and must be installed", features.isInstalled(f));
                continue;
            }
            installAndUninstall(f);
            checked.add(f.getName());
        }
        System.out.println("MEASURE features installed and uninstalled live: " + checked);
        List<String> expected = new ArrayList<>(List.of("anjian-api", "anjian-core", "anjian-rest", "anjian-shell",
                "anjian-platform", "anjian-demo", "anjian-exchange", "anjian-exchange-province"));
        expected.addAll(AnjianContainer.domains());
        assertTrue("not installed and uninstalled: " + expected.stream().filter(f -> !checked.contains(f)).toList(),
                checked.containsAll(expected));
    }

    private void installAndUninstall(Feature feature) throws Exception {
        // prerequisites (a domain's platform) are installed first and stay: they are not under test here
        List<String> prerequisites = new ArrayList<>();
        for (org.apache.karaf.features.Dependency d : feature.getDependencies()) {
            if (d.isPrerequisite() && !features.isInstalled(features.getFeature(d.getName(), d.getVersion()))) {
                features.installFeature(d.getName(), d.getVersion(), EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
                prerequisites.add(d.getName());
            }
        }
        try {
            installAndUninstallAlone(feature);
        } finally {
            for (String p : prerequisites) {
                features.uninstallFeature(p, EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
            }
        }
    }

    private void installAndUninstallAlone(Feature feature) throws Exception {
        Map<Long, String> before = snapshot();
        List<String> disturbed = new CopyOnWriteArrayList<>();
        SynchronousBundleListener watch = event -> {
            Bundle b = event.getBundle();
            if (before.containsKey(b.getBundleId()) && (event.getType() == BundleEvent.STOPPED
                    || event.getType() == BundleEvent.UNRESOLVED || event.getType() == BundleEvent.UPDATED)) {
                disturbed.add(b.getSymbolicName() + " " + type(event.getType()));
            }
        };
        context.addBundleListener(watch);
        try {
            long start = System.nanoTime();
            features.installFeature(feature.getName(), feature.getVersion(),
                    EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
            assertTrue(features.isInstalled(feature));
            Set<Long> added = new HashSet<>(snapshot().keySet());
            added.removeAll(before.keySet());
            assertFalse(feature.getName() + " installed no bundle", added.isEmpty());
            Api.await(feature.getName() + " components active", Duration.ofSeconds(90),
                    () -> problems(added), List::isEmpty);
            if (feature.getName().equals("anjian-rest") || feature.getName().equals("anjian-platform")) {
                Api.Reply health = Api.await("the API to answer", Duration.ofSeconds(60), () -> new Api().get(null, "/health"),
                        r -> r.status() == 200 || r.status() == 503);
                assertTrue(health.body(), health.body().contains("\"persistence\""));
            }
            System.out.printf("MEASURE %s: %d bundles installed and active in %d ms%n", feature.getName(), added.size(),
                    (System.nanoTime() - start) / 1_000_000);

            features.uninstallFeature(feature.getName(), feature.getVersion(),
                    EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
            assertFalse(features.isInstalled(feature));
            Map<Long, String> after = snapshot();
            Set<Long> left = new HashSet<>(after.keySet());
            left.removeAll(before.keySet());
            assertEquals(feature.getName() + " left bundles behind: " + left, Set.of(), left);
            assertEquals(feature.getName() + " changed the state of bundles that were there before", before, after);
            assertTrue(feature.getName() + " disturbed bundles that were there before: " + disturbed, disturbed.isEmpty());
        } finally {
            context.removeBundleListener(watch);
        }
    }

    /** Components of the new bundles that are not (yet) active, and any that failed to activate. */
    private List<String> problems(Set<Long> bundleIds) {
        List<String> problems = new ArrayList<>();
        for (long id : bundleIds) {
            Bundle b = context.getBundle(id);
            if (b == null) {
                continue;
            }
            boolean fragment = b.getHeaders().get("Fragment-Host") != null;
            if (b.getState() != Bundle.ACTIVE && !(fragment && b.getState() == Bundle.RESOLVED)) {
                problems.add(b.getSymbolicName() + " bundle state " + b.getState());
                continue;
            }
            if (!b.getSymbolicName().startsWith("anjian-")) {
                continue;
            }
            for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs(b)) {
                constructorProblem(b, d).ifPresent(problems::add);
                if ("require".equals(d.configurationPolicy)) {
                    continue;
                }
                for (ComponentConfigurationDTO c : scr.getComponentConfigurationDTOs(d)) {
                    if (c.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
                        problems.add(d.name + " FAILED: " + c.failure);
                    } else if (c.state == ComponentConfigurationDTO.UNSATISFIED_REFERENCE
                            || c.state == ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION) {
                        problems.add(d.name + " unsatisfied");
                    }
                }
                if (scr.getComponentConfigurationDTOs(d).isEmpty() && d.defaultEnabled) {
                    problems.add(d.name + " has no configuration yet");
                }
            }
        }
        return problems;
    }

    /**
     * A component injected through its constructor must have exactly one public constructor of that arity: Felix
     * SCR takes the first public constructor with {@code init} arguments, so a second one (for tests, say) makes
     * activation fail at random ("Constructor argument 1 ... has unsupported type java.time.Clock"), and only when
     * the delayed component is first used.
     */
    private static java.util.Optional<String> constructorProblem(Bundle b, ComponentDescriptionDTO d) {
        if (d.init <= 0) {
            return java.util.Optional.empty();
        }
        try {
            Class<?> type = b.loadClass(d.implementationClass);
            long candidates = java.util.Arrays.stream(type.getConstructors())
                    .filter(c -> c.getParameterCount() == d.init).count();
            return candidates == 1 ? java.util.Optional.empty() : java.util.Optional.of(d.name + " has " + candidates
                    + " public constructors with " + d.init + " arguments: DS may take the wrong one");
        } catch (ClassNotFoundException e) {
            return java.util.Optional.of(d.name + ": " + e);
        }
    }

    private Map<Long, String> snapshot() {
        Map<Long, String> states = new HashMap<>();
        for (Bundle b : context.getBundles()) {
            states.put(b.getBundleId(), b.getSymbolicName() + "@" + b.getState());
        }
        return states;
    }

    /** The Anjian repository and the domains' own repositories it references. */
    private List<Repository> anjianRepositories() throws Exception {
        List<Repository> out = new ArrayList<>();
        for (Repository r : features.listRepositories()) {
            if (r.getName() != null && r.getName().startsWith("anjian-") && !r.getName().startsWith("anjian-domain-sample")) {
                out.add(r);
            }
        }
        assertTrue("no anjian features repository among " + List.of(features.listRepositories()).stream()
                .map(Repository::getName).collect(Collectors.toList()), out.size() >= 3);
        return out;
    }

    private static String type(int type) {
        return switch (type) {
            case BundleEvent.STOPPED -> "STOPPED";
            case BundleEvent.UNRESOLVED -> "UNRESOLVED (refreshed)";
            case BundleEvent.UPDATED -> "UPDATED";
            default -> String.valueOf(type);
        };
    }
}
