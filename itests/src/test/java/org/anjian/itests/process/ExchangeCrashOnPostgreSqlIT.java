package org.anjian.itests.process;

import org.anjian.testdb.FreshDatabase;

/**
 * The crash harness on PostgreSQL: the same run over more than 10,000 records killed with SIGKILL at random points,
 * with the container's datasource on a database of its own on this run's server; exactly once must hold there too.
 */
class ExchangeCrashOnPostgreSqlIT extends ExchangeCrashIT {
    @Override
    FreshDatabase database() {
        return FreshDatabase.create(FreshDatabase.Engine.POSTGRESQL, "exchange_crash");
    }
}
