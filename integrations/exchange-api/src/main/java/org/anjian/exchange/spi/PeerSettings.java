package org.anjian.exchange.spi;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * What every peer configures the same way, read by the exchange engine: when outbound runs start, how many records
 * a batch takes, how failed batches are retried, and the HTTP or SOAP timeouts. {@link #from} reads them from a
 * peer's configuration under the same keys for every peer, so that a peer declares only what is its own.
 *
 * @param schedule       a Quartz cron expression; blank = manual runs only
 * @param batchSize      records per delivery, 1..10000
 * @param retry          the backoff of a failed batch
 * @param connectTimeout the TCP connect timeout
 * @param requestTimeout the wait for an answer
 * @param regionScope    the region (a prefix of 12-digit region codes: 6 digits a county, 9 a township) whose records
 *                       this peer takes; empty = every record. Records outside it are never offered to the peer and
 *                       are not in its backlog. Since 1.2.
 */
public record PeerSettings(String schedule, int batchSize, RetryPolicy retry, Duration connectTimeout,
                           Duration requestTimeout, String regionScope) {
    /** The defaults: nightly at 01:30, 200 records a batch, 6 attempts from 1 s doubling to 60 s, 5 s / 60 s. */
    public static final PeerSettings DEFAULTS = new PeerSettings("0 30 1 * * ?", 200,
            new RetryPolicy(6, Duration.ofSeconds(1), 2.0, Duration.ofSeconds(60)), Duration.ofSeconds(5),
            Duration.ofSeconds(60), "");

    /** An instance name of a factory-configured peer: lower-case letters and digits, 1 to 24 of them. */
    private static final java.util.regex.Pattern INSTANCE = java.util.regex.Pattern.compile("[a-z0-9]{1,24}");

    /** Settings for every record (no region scope), as before 1.2. */
    public PeerSettings(String schedule, int batchSize, RetryPolicy retry, Duration connectTimeout,
                        Duration requestTimeout) {
        this(schedule, batchSize, retry, connectTimeout, requestTimeout, "");
    }

    public PeerSettings {
        schedule = schedule == null ? "" : schedule.strip();
        if (batchSize < 1 || batchSize > 10_000) {
            throw new IllegalArgumentException("batchSize must be within 1..10000: " + batchSize);
        }
        Objects.requireNonNull(retry, "retry");
        if (connectTimeout == null || connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException("connectTimeoutMs must be positive: " + connectTimeout);
        }
        if (requestTimeout == null || requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("receiveTimeoutMs must be positive: " + requestTimeout);
        }
        regionScope = regionScope == null ? "" : regionScope.strip();
        if (!regionScope.matches("(\\d{2}){0,6}") && !regionScope.matches("\\d{9}")) {
            throw new IllegalArgumentException("regionScope must be a region code prefix (2, 4, 6, 9 or 12 digits): "
                    + regionScope);
        }
    }

    /** Whether a record of this region is this peer's to take. */
    public boolean covers(String regionCode) {
        return regionScope.isEmpty() || (regionCode != null && regionCode.startsWith(regionScope));
    }

    /**
     * The id of one instance of a peer kind configured by a factory configuration (several insurers, one grid platform
     * per township): {@code kind-instance}, from the configuration's {@code instance} key (lower-case letters and
     * digits, 1 to 24), e.g. {@code insurer-picc}. Each instance has its own ledger, backlog and dead letters.
     */
    public static String instanceId(String kind, Map<String, ?> config) {
        Object v = config.get("instance");
        String instance = v == null ? "" : String.valueOf(v).strip();
        if (!INSTANCE.matcher(instance).matches()) {
            throw new IllegalArgumentException("instance must be 1 to 24 lower-case letters or digits: '" + instance + "'");
        }
        return kind + "-" + instance;
    }

    /**
     * The common keys of a peer's configuration, each falling back to {@code defaults}: {@code schedule},
     * {@code batchSize}, {@code retryMaxAttempts}, {@code retryInitialDelayMs}, {@code retryMultiplier},
     * {@code retryMaxDelayMs}, {@code connectTimeoutMs}, {@code receiveTimeoutMs}. Values may be numbers or strings
     * (as ConfigAdmin gives them from a .cfg file); a value that is not a number fails naming its key. Since 1.2 also
     * {@code regionScope}.
     */
    public static PeerSettings from(Map<String, ?> config, PeerSettings defaults) {
        RetryPolicy r = defaults.retry();
        RetryPolicy retry;
        try {
            retry = new RetryPolicy((int) number(config, "retryMaxAttempts", r.maxAttempts()),
                    Duration.ofMillis((long) number(config, "retryInitialDelayMs", r.initialDelay().toMillis())),
                    number(config, "retryMultiplier", r.multiplier()),
                    Duration.ofMillis((long) number(config, "retryMaxDelayMs", r.maxDelay().toMillis())));
        } catch (IllegalArgumentException e) {
            throw e.getMessage() != null && e.getMessage().startsWith("retry") ? e
                    : new IllegalArgumentException("retry: " + e.getMessage(), e);
        }
        Object schedule = config.get("schedule");
        return new PeerSettings(schedule == null ? defaults.schedule() : String.valueOf(schedule),
                (int) number(config, "batchSize", defaults.batchSize()), retry,
                Duration.ofMillis((long) number(config, "connectTimeoutMs", defaults.connectTimeout().toMillis())),
                Duration.ofMillis((long) number(config, "receiveTimeoutMs", defaults.requestTimeout().toMillis())),
                config.get("regionScope") == null ? defaults.regionScope() : String.valueOf(config.get("regionScope")));
    }

    private static double number(Map<String, ?> config, String key, double fallback) {
        Object v = config.get(key);
        if (v == null || (v instanceof String s && s.isBlank())) {
            return fallback;
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        try {
            return Double.parseDouble(String.valueOf(v).strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a number: " + v, e);
        }
    }
}
