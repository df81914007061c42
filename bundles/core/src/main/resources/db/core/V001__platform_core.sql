-- Anjian platform core schema. Portable between H2 (2.x) and PostgreSQL (12+).

CREATE TABLE region (
    code          VARCHAR(15)  NOT NULL PRIMARY KEY,
    name          VARCHAR(100) NOT NULL,
    level         VARCHAR(16)  NOT NULL,
    parent_code   VARCHAR(15),
    table_version VARCHAR(32)  NOT NULL,
    CONSTRAINT fk_region_parent FOREIGN KEY (parent_code) REFERENCES region (code)
);
CREATE INDEX ix_region_parent ON region (parent_code);

CREATE TABLE region_table_version (
    version    VARCHAR(32) NOT NULL PRIMARY KEY,
    rows_count INTEGER     NOT NULL,
    applied_at TIMESTAMP   NOT NULL,
    applied_by VARCHAR(100) NOT NULL
);

CREATE TABLE enterprise (
    credit_code           VARCHAR(18)  NOT NULL PRIMARY KEY,
    name                  VARCHAR(200) NOT NULL,
    industry_code         VARCHAR(8)   NOT NULL,
    address               VARCHAR(300) NOT NULL,
    region_code           VARCHAR(15)  NOT NULL,
    grid_code             VARCHAR(15),
    risk_colour           VARCHAR(8)   NOT NULL,
    assessment            VARCHAR(8),
    standardization_grade VARCHAR(8),
    version               BIGINT       NOT NULL,
    created_at            TIMESTAMP    NOT NULL,
    updated_at            TIMESTAMP    NOT NULL,
    CONSTRAINT fk_enterprise_region FOREIGN KEY (region_code) REFERENCES region (code),
    CONSTRAINT fk_enterprise_grid FOREIGN KEY (grid_code) REFERENCES region (code)
);
CREATE INDEX ix_enterprise_region ON enterprise (region_code);
CREATE INDEX ix_enterprise_industry ON enterprise (industry_code);

CREATE TABLE enterprise_department (
    credit_code VARCHAR(18)  NOT NULL,
    position    INTEGER      NOT NULL,
    department  VARCHAR(100) NOT NULL,
    PRIMARY KEY (credit_code, position),
    CONSTRAINT fk_department_enterprise FOREIGN KEY (credit_code) REFERENCES enterprise (credit_code)
);

CREATE TABLE enterprise_guarantor (
    credit_code VARCHAR(18)  NOT NULL,
    position    INTEGER      NOT NULL,
    name        VARCHAR(50)  NOT NULL,
    title       VARCHAR(100),
    phone       VARCHAR(32),
    PRIMARY KEY (credit_code, position),
    CONSTRAINT fk_guarantor_enterprise FOREIGN KEY (credit_code) REFERENCES enterprise (credit_code)
);

CREATE SEQUENCE hazard_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE hazard (
    id                     BIGINT        NOT NULL PRIMARY KEY,
    enterprise_credit_code VARCHAR(18)   NOT NULL,
    region_code            VARCHAR(15)   NOT NULL,
    source                 VARCHAR(32)   NOT NULL,
    grade                  VARCHAR(16)   NOT NULL,
    category               VARCHAR(64)   NOT NULL,
    description            VARCHAR(2000) NOT NULL,
    deadline               DATE          NOT NULL,
    status                 VARCHAR(16)   NOT NULL,
    supervision            VARCHAR(16)   NOT NULL,
    assignee               VARCHAR(200),
    evidence               VARCHAR(2000),
    responsible            VARCHAR(200),
    measures               VARCHAR(2000),
    funds                  VARCHAR(200),
    contingency_plan       VARCHAR(2000),
    source_system          VARCHAR(64),
    source_id              VARCHAR(128),
    registered_at          TIMESTAMP     NOT NULL,
    registered_by          VARCHAR(100)  NOT NULL,
    closed_at              TIMESTAMP,
    version                BIGINT        NOT NULL,
    CONSTRAINT fk_hazard_enterprise FOREIGN KEY (enterprise_credit_code) REFERENCES enterprise (credit_code),
    CONSTRAINT fk_hazard_region FOREIGN KEY (region_code) REFERENCES region (code),
    CONSTRAINT uq_hazard_source UNIQUE (source_system, source_id)
);
CREATE INDEX ix_hazard_status ON hazard (status);
CREATE INDEX ix_hazard_region ON hazard (region_code);
CREATE INDEX ix_hazard_enterprise ON hazard (enterprise_credit_code);
CREATE INDEX ix_hazard_deadline ON hazard (deadline);

CREATE SEQUENCE hazard_history_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE hazard_history (
    id          BIGINT        NOT NULL PRIMARY KEY,
    hazard_id   BIGINT        NOT NULL,
    at          TIMESTAMP     NOT NULL,
    actor       VARCHAR(100)  NOT NULL,
    action      VARCHAR(32)   NOT NULL,
    from_status VARCHAR(16),
    to_status   VARCHAR(16)   NOT NULL,
    note        VARCHAR(2000),
    CONSTRAINT fk_history_hazard FOREIGN KEY (hazard_id) REFERENCES hazard (id)
);
CREATE INDEX ix_history_hazard ON hazard_history (hazard_id);

CREATE SEQUENCE audit_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE audit_entry (
    id            BIGINT       NOT NULL PRIMARY KEY,
    at            TIMESTAMP    NOT NULL,
    actor         VARCHAR(100) NOT NULL,
    action        VARCHAR(64)  NOT NULL,
    target_type   VARCHAR(64)  NOT NULL,
    target_id     VARCHAR(128) NOT NULL,
    before_digest VARCHAR(64),
    after_digest  VARCHAR(64)
);
CREATE INDEX ix_audit_target ON audit_entry (target_type, target_id);

CREATE SEQUENCE outbox_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE outbox (
    id              BIGINT        NOT NULL PRIMARY KEY,
    created_at      TIMESTAMP     NOT NULL,
    record_type     VARCHAR(64)   NOT NULL,
    record_id       VARCHAR(128)  NOT NULL,
    record_version  BIGINT        NOT NULL,
    event_type      VARCHAR(64)   NOT NULL,
    idempotency_key VARCHAR(256)  NOT NULL,
    region_code     VARCHAR(15),
    payload         CLOB          NOT NULL,
    acknowledged_at TIMESTAMP,
    CONSTRAINT uq_outbox_key UNIQUE (idempotency_key)
);
CREATE INDEX ix_outbox_pending ON outbox (acknowledged_at, id);

CREATE TABLE data_load (
    name      VARCHAR(100)  NOT NULL PRIMARY KEY,
    loaded_at TIMESTAMP     NOT NULL,
    loaded_by VARCHAR(100)  NOT NULL,
    details   VARCHAR(2000)
);
