package org.anjian.exchange.province;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Anjian exchange: province (除险保安)",
        description = "The provincial platform's SOAP endpoint, account and schedules (etc/org.anjian.exchange.province.cfg)")
public @interface ProvinceConfig {
    @AttributeDefinition(description = "SOAP endpoint of the provincial exchange")
    String address() default "http://127.0.0.1:8089/province";

    @AttributeDefinition(description = "WS-Security UsernameToken user (the county's account)")
    String user() default "";

    @AttributeDefinition(type = AttributeType.PASSWORD, description = "WS-Security password (sent as a digest)")
    String password() default "";

    @AttributeDefinition(description = "The county (6-digit GB/T 2260 code) the account reports for")
    String countyCode() default "330999";

    @AttributeDefinition(description = "Outbound run schedule (Quartz cron); blank = manual only")
    String schedule() default "0 30 1 * * ?";

    @AttributeDefinition(description = "Findings poll schedule (Quartz cron); blank = manual only")
    String findingsSchedule() default "0 0/30 * * * ?";

    @AttributeDefinition(description = "Records per UploadBatch call")
    int batchSize() default 200;

    @AttributeDefinition(description = "Findings per PullFindings call (1..500)")
    int findingsPageSize() default 100;

    @AttributeDefinition(description = "Attempts per batch before the run gives up (the records stay in the backlog)")
    int retryMaxAttempts() default 6;

    @AttributeDefinition(description = "First backoff (ms); doubles per attempt")
    long retryInitialDelayMs() default 1000;

    @AttributeDefinition(description = "Backoff multiplier")
    double retryMultiplier() default 2.0;

    @AttributeDefinition(description = "Backoff cap (ms)")
    long retryMaxDelayMs() default 60000;

    @AttributeDefinition(description = "TCP connect timeout (ms)")
    long connectTimeoutMs() default 5000;

    @AttributeDefinition(description = "Answer timeout (ms)")
    long receiveTimeoutMs() default 60000;
}
