package org.anjian.itests.paxexam;

import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The whole platform suite again, on PostgreSQL: the real distribution with its datasource on a database of its own
 * on this run's server (the production configuration of the README), migrations applied there, the demo county
 * loaded, every API test of {@link PlatformApiIT} holding.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PlatformApiOnPostgreSqlIT extends PlatformApiIT {

    @Configuration
    @Override
    public Option[] config() {
        return options("platform-api-postgresql", AnjianContainer.onPostgreSql("platform_api"));
    }
}
