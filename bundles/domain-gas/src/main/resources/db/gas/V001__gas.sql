-- 城镇燃气 (gas): operators and their stations, users, 一瓶一码 cylinders and their events, device alarms.
-- Portable H2 / PostgreSQL: ids are UUID strings; dates are DATE; instants are TIMESTAMP (UTC).

CREATE TABLE gas_operator (
    id                       VARCHAR(36)   NOT NULL PRIMARY KEY,
    enterprise_credit_code   VARCHAR(18)   NOT NULL,
    licence_number           VARCHAR(50)   NOT NULL,
    scope                    VARCHAR(20)   NOT NULL,
    valid_from               DATE          NOT NULL,
    valid_to                 DATE          NOT NULL,
    created_at               TIMESTAMP     NOT NULL,
    CONSTRAINT uq_gas_operator_licence UNIQUE (licence_number),
    CONSTRAINT ck_gas_operator_scope CHECK (scope IN ('PIPELINE', 'BOTTLED_LPG', 'VEHICLE_GAS'))
);
CREATE INDEX ix_gas_operator_enterprise ON gas_operator (enterprise_credit_code, licence_number);

CREATE TABLE gas_station (
    id                       VARCHAR(36)   NOT NULL PRIMARY KEY,
    operator_id              VARCHAR(36)   NOT NULL,
    name                     VARCHAR(100)  NOT NULL,
    kind                     VARCHAR(20)   NOT NULL,
    address                  VARCHAR(200),
    region_code              VARCHAR(12)   NOT NULL,
    CONSTRAINT fk_gas_station_operator FOREIGN KEY (operator_id) REFERENCES gas_operator (id),
    CONSTRAINT ck_gas_station_kind CHECK (kind IN ('FILLING_STATION', 'SUPPLY_POINT', 'GATE_STATION', 'STORAGE_STATION'))
);
CREATE INDEX ix_gas_station_operator ON gas_station (operator_id);

CREATE TABLE gas_user (
    id                       VARCHAR(36)   NOT NULL PRIMARY KEY,
    kind                     VARCHAR(12)   NOT NULL,
    name                     VARCHAR(100)  NOT NULL,
    address                  VARCHAR(200)  NOT NULL,
    region_code              VARCHAR(12)   NOT NULL,
    enterprise_credit_code   VARCHAR(18)   NOT NULL,
    supplier_credit_code     VARCHAR(18)   NOT NULL,
    leak_alarm               VARCHAR(8)    NOT NULL,
    shut_off_device          VARCHAR(8)    NOT NULL,
    version                  BIGINT        NOT NULL,
    created_at               TIMESTAMP     NOT NULL,
    updated_at               TIMESTAMP     NOT NULL,
    CONSTRAINT ck_gas_user_kind CHECK (kind IN ('RESIDENTIAL', 'CATERING')),
    CONSTRAINT ck_gas_user_alarm CHECK (leak_alarm IN ('NONE', 'WORKING', 'FAULTY')),
    CONSTRAINT ck_gas_user_shut_off CHECK (shut_off_device IN ('NONE', 'WORKING', 'FAULTY'))
);
CREATE INDEX ix_gas_user_enterprise ON gas_user (enterprise_credit_code, name);

CREATE TABLE gas_cylinder (
    code                     VARCHAR(32)   NOT NULL PRIMARY KEY,
    owner_credit_code        VARCHAR(18)   NOT NULL,
    manufactured_on          DATE          NOT NULL,
    last_inspected_on        DATE,
    inspections              INTEGER       NOT NULL,
    next_inspection_due      DATE          NOT NULL,
    scrap_due                DATE          NOT NULL,
    status                   VARCHAR(12)   NOT NULL,
    state                    VARCHAR(8)    NOT NULL,
    holder_user_id           VARCHAR(36),
    version                  BIGINT        NOT NULL,
    created_at               TIMESTAMP     NOT NULL,
    CONSTRAINT ck_gas_cylinder_status CHECK (status IN ('IN_SERVICE', 'SCRAPPED')),
    CONSTRAINT ck_gas_cylinder_state CHECK (state IN ('EMPTY', 'FILLED', 'AT_USER'))
);
CREATE INDEX ix_gas_cylinder_owner ON gas_cylinder (owner_credit_code, code);
CREATE INDEX ix_gas_cylinder_due ON gas_cylinder (status, next_inspection_due);

CREATE TABLE gas_cylinder_event (
    id                       VARCHAR(36)   NOT NULL PRIMARY KEY,
    cylinder_code            VARCHAR(32)   NOT NULL,
    type                     VARCHAR(8)    NOT NULL,
    event_at                 TIMESTAMP     NOT NULL,
    station_id               VARCHAR(36),
    weight_kg                DOUBLE PRECISION,
    person                   VARCHAR(50),
    user_id                  VARCHAR(36),
    result                   VARCHAR(4),
    note                     VARCHAR(500),
    recorded_at              TIMESTAMP     NOT NULL,
    recorded_by              VARCHAR(100)  NOT NULL,
    CONSTRAINT fk_gas_event_cylinder FOREIGN KEY (cylinder_code) REFERENCES gas_cylinder (code),
    CONSTRAINT ck_gas_event_type CHECK (type IN ('FILL', 'DELIVER', 'RETURN', 'INSPECT', 'SCRAP'))
);
CREATE INDEX ix_gas_event_cylinder ON gas_cylinder_event (cylinder_code, event_at);

CREATE TABLE gas_alarm (
    id                       VARCHAR(36)   NOT NULL PRIMARY KEY,
    user_id                  VARCHAR(36)   NOT NULL,
    kind                     VARCHAR(16)   NOT NULL,
    raised_at                TIMESTAMP     NOT NULL,
    status                   VARCHAR(12)   NOT NULL,
    handled_at               TIMESTAMP,
    handled_by               VARCHAR(100),
    note                     VARCHAR(500),
    hazard_id                BIGINT,
    CONSTRAINT fk_gas_alarm_user FOREIGN KEY (user_id) REFERENCES gas_user (id),
    CONSTRAINT ck_gas_alarm_kind CHECK (kind IN ('LEAK', 'DEVICE_FAULT')),
    CONSTRAINT ck_gas_alarm_status CHECK (status IN ('RAISED', 'HANDLED', 'ESCALATED'))
);
CREATE INDEX ix_gas_alarm_status ON gas_alarm (status, raised_at);
