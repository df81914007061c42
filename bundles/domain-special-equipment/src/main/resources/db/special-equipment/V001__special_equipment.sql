-- 特种设备 (special equipment): the register, periodic inspections, overdue hazards and elevator events.
-- Portable H2 / PostgreSQL: ids are UUID strings; dates are DATE; instants are TIMESTAMP (UTC).

CREATE TABLE se_equipment (
    id                     VARCHAR(36)   NOT NULL PRIMARY KEY,
    enterprise_credit_code VARCHAR(18)   NOT NULL,
    region_code            VARCHAR(15)   NOT NULL,
    category_code          VARCHAR(4)    NOT NULL,
    equipment_code         VARCHAR(18),
    registration_code      VARCHAR(20),
    certificate_no         VARCHAR(64),
    location               VARCHAR(200),
    maintenance_contractor VARCHAR(200),
    rescue_code            VARCHAR(32),
    safety_condition_grade INTEGER,
    last_inspection        DATE,
    next_due               DATE,
    status                 VARCHAR(16)   NOT NULL,
    version                BIGINT        NOT NULL,
    created_at             TIMESTAMP     NOT NULL,
    updated_at             TIMESTAMP     NOT NULL,
    CONSTRAINT uq_se_equipment_code UNIQUE (equipment_code),
    CONSTRAINT ck_se_equipment_status CHECK (status IN ('IN_USE', 'OUT_OF_SERVICE')),
    CONSTRAINT ck_se_equipment_grade CHECK (safety_condition_grade IS NULL OR safety_condition_grade BETWEEN 1 AND 5)
);
CREATE INDEX ix_se_equipment_enterprise ON se_equipment (enterprise_credit_code);
CREATE INDEX ix_se_equipment_region ON se_equipment (region_code);
CREATE INDEX ix_se_equipment_due ON se_equipment (status, next_due);

CREATE TABLE se_inspection (
    id                     VARCHAR(36)   NOT NULL PRIMARY KEY,
    equipment_id           VARCHAR(36)   NOT NULL,
    inspected_on           DATE          NOT NULL,
    result                 VARCHAR(8)    NOT NULL,
    inspector              VARCHAR(200),
    report_no              VARCHAR(64),
    safety_condition_grade INTEGER,
    created_at             TIMESTAMP     NOT NULL,
    created_by             VARCHAR(100)  NOT NULL,
    CONSTRAINT fk_se_inspection_equipment FOREIGN KEY (equipment_id) REFERENCES se_equipment (id),
    CONSTRAINT ck_se_inspection_result CHECK (result IN ('PASS', 'FAIL'))
);
CREATE INDEX ix_se_inspection_equipment ON se_inspection (equipment_id, inspected_on);

-- One hazard per missed due date of one equipment.
CREATE TABLE se_overdue_hazard (
    equipment_id VARCHAR(36) NOT NULL,
    due_date     DATE        NOT NULL,
    hazard_id    BIGINT      NOT NULL,
    closed       BOOLEAN     NOT NULL,
    created_at   TIMESTAMP   NOT NULL,
    closed_at    TIMESTAMP,
    CONSTRAINT pk_se_overdue_hazard PRIMARY KEY (equipment_id, due_date),
    CONSTRAINT fk_se_overdue_equipment FOREIGN KEY (equipment_id) REFERENCES se_equipment (id)
);

CREATE TABLE se_elevator_event (
    id                     VARCHAR(36)   NOT NULL PRIMARY KEY,
    equipment_id           VARCHAR(36)   NOT NULL,
    enterprise_credit_code VARCHAR(18)   NOT NULL,
    region_code            VARCHAR(15)   NOT NULL,
    kind                   VARCHAR(16)   NOT NULL,
    at                     TIMESTAMP     NOT NULL,
    description            VARCHAR(1000),
    status                 VARCHAR(16)   NOT NULL,
    handled_at             TIMESTAMP,
    handled_by             VARCHAR(100),
    note                   VARCHAR(1000),
    hazard_id              BIGINT,
    version                BIGINT        NOT NULL,
    created_at             TIMESTAMP     NOT NULL,
    created_by             VARCHAR(100)  NOT NULL,
    CONSTRAINT fk_se_event_equipment FOREIGN KEY (equipment_id) REFERENCES se_equipment (id),
    CONSTRAINT ck_se_event_kind CHECK (kind IN ('ENTRAPMENT', 'FAULT')),
    CONSTRAINT ck_se_event_status CHECK (status IN ('RAISED', 'HANDLED', 'ESCALATED'))
);
CREATE INDEX ix_se_event_status ON se_elevator_event (status, kind, at);
CREATE INDEX ix_se_event_region ON se_elevator_event (region_code);
