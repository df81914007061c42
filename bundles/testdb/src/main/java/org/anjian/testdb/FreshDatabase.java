package org.anjian.testdb;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh, empty database for one test: H2 in memory by default; with {@code -Danjian.test.db=postgresql} a
 * database of its own ({@code CREATE DATABASE}) on the PostgreSQL server that {@code ANJIAN_TEST_PG_URL},
 * {@code ANJIAN_TEST_PG_USER} and {@code ANJIAN_TEST_PG_PASSWORD} name (environment or system properties;
 * {@code ./test.sh} starts a private cluster and sets them). {@link #close()} drops it.
 *
 * <p>A build asked for PostgreSQL without a server fails here, loudly: a test meant to run on PostgreSQL never
 * passes on H2 instead.
 */
public final class FreshDatabase implements AutoCloseable {

    /** The database engines the tests run on. */
    public enum Engine {
        H2, POSTGRESQL;

        /** The engine this test run asked for ({@code anjian.test.db}: h2, the default, or postgresql). */
        public static Engine selected() {
            String value = System.getProperty("anjian.test.db", "h2").trim().toLowerCase(Locale.ROOT);
            return switch (value) {
                case "", "h2" -> H2;
                case "postgresql", "postgres", "pg" -> POSTGRESQL;
                default -> throw new IllegalStateException("anjian.test.db must be h2 or postgresql, not " + value);
            };
        }
    }

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final Engine engine;
    private final String name;
    private final DataSource dataSource;

    private FreshDatabase(Engine engine, String name, DataSource dataSource) {
        this.engine = engine;
        this.name = name;
        this.dataSource = dataSource;
    }

    /** A new empty database on the selected engine, named after {@code purpose} (a test class, say). */
    public static FreshDatabase create(String purpose) {
        return create(Engine.selected(), purpose);
    }

    /** A new empty database on {@code engine}. */
    public static FreshDatabase create(Engine engine, String purpose) {
        String name = name(purpose);
        return switch (engine) {
            case H2 -> {
                JdbcDataSource ds = new JdbcDataSource();
                ds.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
                ds.setUser("sa");
                ds.setPassword("");
                yield new FreshDatabase(engine, name, ds);
            }
            case POSTGRESQL -> {
                Server server = Server.fromEnvironment();
                server.execute("CREATE DATABASE " + name);
                yield new FreshDatabase(engine, name, server.dataSource(name));
            }
        };
    }

    public Engine engine() {
        return engine;
    }

    public boolean isPostgreSql() {
        return engine == Engine.POSTGRESQL;
    }

    /** The database's name: lower case letters, digits and underscores, unique in this run. */
    public String name() {
        return name;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** The Hibernate dialect for this engine, as the platform's persistence configuration names it. */
    public String hibernateDialect() {
        return isPostgreSql() ? "org.hibernate.dialect.PostgreSQL10Dialect" : "org.hibernate.dialect.H2Dialect";
    }

    /** Drops the database (H2: {@code SHUTDOWN}; PostgreSQL: {@code DROP DATABASE ... WITH (FORCE)}). */
    @Override
    public void close() {
        try {
            if (isPostgreSql()) {
                Server.fromEnvironment().execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } else {
                try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
                    st.execute("SHUTDOWN");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop the test database " + name, e);
        }
    }

    private static String name(String purpose) {
        String base = purpose.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (base.length() > 40) {
            base = base.substring(0, 40);
        }
        // one server serves every module's test JVM of a run: the process id keeps the names apart
        return "t_" + base + "_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
    }

    /** The PostgreSQL server of this test run. */
    private record Server(String url, String user, String password) {
        static Server fromEnvironment() {
            String url = setting("ANJIAN_TEST_PG_URL");
            if (url == null || !url.startsWith("jdbc:postgresql://")) {
                throw new IllegalStateException("anjian.test.db=postgresql, but ANJIAN_TEST_PG_URL does not name a server"
                        + " (jdbc:postgresql://127.0.0.1:PORT/DATABASE; ./test.sh starts one): " + url);
            }
            String user = setting("ANJIAN_TEST_PG_USER");
            String password = setting("ANJIAN_TEST_PG_PASSWORD");
            return new Server(url, user == null ? "anjian" : user, password == null ? "" : password);
        }

        private static String setting(String key) {
            String value = System.getProperty(key);
            return value != null ? value : System.getenv(key);
        }

        /** The server's URL with another database in it. */
        String urlOf(String database) {
            int slash = url.indexOf('/', "jdbc:postgresql://".length());
            int query = url.indexOf('?');
            String rest = query < 0 ? "" : url.substring(query);
            return (slash < 0 ? url : url.substring(0, slash)) + "/" + database + rest;
        }

        void execute(String sql) throws IllegalStateException {
            try (Connection c = DriverManager.getConnection(urlOf("postgres"), user, password);
                 Statement st = c.createStatement()) {
                st.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException(sql + " on " + url, e);
            }
        }

        DataSource dataSource(String database) {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setURL(urlOf(database));
            ds.setUser(user);
            ds.setPassword(password);
            return ds;
        }
    }

    /** For messages: which engine and where. */
    @Override
    public String toString() {
        return engine + " " + name;
    }

    /** The settings a child process (a Karaf started by a test) needs to use this database. */
    public Map<String, String> connectionSettings() {
        if (!isPostgreSql()) {
            throw new IllegalStateException("an in-memory H2 database cannot be shared with another process");
        }
        Server server = Server.fromEnvironment();
        return Map.of("url", server.urlOf(name), "user", server.user(), "password", server.password());
    }
}
