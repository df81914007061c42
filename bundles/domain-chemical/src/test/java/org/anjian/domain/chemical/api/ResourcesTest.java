package org.anjian.domain.chemical.api;

import org.anjian.domain.chemical.rules.MajorHazardAssessment;
import org.anjian.domain.chemical.service.PermitService;
import org.anjian.domain.chemical.service.HazardSourceService;
import org.anjian.api.rest.Paging;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import org.anjian.api.common.ForbiddenException;
import org.anjian.api.common.ValidationException;
import org.anjian.domain.chemical.rules.PermitValidityPolicy;
import org.anjian.domain.chemical.rules.SpecialWorkGrade;
import org.anjian.domain.chemical.rules.SpecialWorkType;
import org.anjian.domain.chemical.service.ParkService;
import org.anjian.domain.chemical.support.DbTestBase;
import org.anjian.domain.chemical.support.Fakes;
import org.junit.jupiter.api.Test;

class ResourcesTest extends DbTestBase {

    @SuppressWarnings("unchecked")
    static <A> A config(Class<A> type, java.util.Map<String, Object> overrides) {
        return (A) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (overrides.containsKey(method.getName())) {
                return overrides.get(method.getName());
            }
            return method.getDefaultValue();
        });
    }

    @Test
    void resourcesTakeTheCallerFromTheSecurityContext() {
        ParkResource resource = new ParkResource(ParkService.of(db, enterprises, clock));
        ParkService.NewPark body = new ParkService.NewPark("P1", "园区", Fakes.TOWN_A + "000", "A", List.of());
        assertThatThrownBy(() -> resource.create(Fakes.context(null), body)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> resource.create(Fakes.context(Fakes.leader()), body))
                .isInstanceOf(ForbiddenException.class);
        assertThat(count("chemical_park")).isZero();
        String id = resource.create(Fakes.context(Fakes.admin()), body).id();
        assertThat(resource.get(Fakes.context(Fakes.leader()), id).code()).isEqualTo("P1");
        assertThat(resource.list(Fakes.context(Fakes.leader()), new Paging()).total()).isEqualTo(1);
    }

    /** Malformed values (a grade that is not a number) are the platform's to refuse; a grade out of range is ours. */
    @Test
    void queryParametersAreTypedAndAGradeOutOfRangeIsA400NamingIt() {
        MajorHazardSourceResource sources = new MajorHazardSourceResource(HazardSourceService.of(db, enterprises, clock,
                MajorHazardAssessment.withDefaultCatalogue()));
        WorkPermitResource permits = new WorkPermitResource(PermitService.of(db, enterprises, clock,
                PermitService.policy(config(PermitService.Config.class, java.util.Map.of()))));
        assertThatThrownBy(() -> sources.list(Fakes.context(Fakes.admin()), null, 5, new Paging()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("grade"));
        assertThat(permits.list(Fakes.context(Fakes.admin()), null, true, new Paging()).total()).isZero();
        assertThat(sources.list(Fakes.context(Fakes.admin()), null, 2, new Paging()).total()).isZero();
    }

    @Test
    void permitConfigurationDefaultsAreThePolicyDefaultsAndCanBeChanged() throws Exception {
        PermitService.Config defaults = config(PermitService.Config.class, java.util.Map.of());
        PermitValidityPolicy configured = PermitService.policy(defaults);
        PermitValidityPolicy expected = PermitValidityPolicy.defaults();
        for (SpecialWorkType type : SpecialWorkType.values()) {
            if (type.isGraded()) {
                for (SpecialWorkGrade g : type.grades()) {
                    assertThat(configured.maxValidity(type, g)).isEqualTo(expected.maxValidity(type, g));
                }
            } else {
                assertThat(configured.maxValidity(type, null)).isEqualTo(expected.maxValidity(type, null));
            }
        }
        // every configuration key is a default key
        for (Method m : PermitService.Config.class.getDeclaredMethods()) {
            assertThat(Duration.parse((String) m.getDefaultValue())).isPositive();
        }
        PermitValidityPolicy extended = PermitService.policy(config(PermitService.Config.class,
                java.util.Map.of("temporaryPower", "P30D", "confinedSpace", " ")));
        assertThat(extended.maxValidity(SpecialWorkType.TEMPORARY_POWER, null)).isEqualTo(Duration.ofDays(30));
        assertThat(extended.maxValidity(SpecialWorkType.CONFINED_SPACE, null)).isEqualTo(Duration.ofHours(24));
        assertThatThrownBy(() -> PermitService.policy(config(PermitService.Config.class,
                java.util.Map.of("lifting", "one day")))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("LIFTING");
    }
}
