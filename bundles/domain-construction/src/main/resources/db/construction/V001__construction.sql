-- 建筑施工 (construction): projects, their 危大工程 with assessment and lifecycle, and their key personnel.
-- Portable H2 / PostgreSQL: ids are UUID strings; dates are DATE; instants are TIMESTAMP (UTC); JSON as text.

CREATE TABLE construction_project (
    id                       VARCHAR(36)   NOT NULL PRIMARY KEY,
    project_code             VARCHAR(50)   NOT NULL,
    name                     VARCHAR(200)  NOT NULL,
    builder_credit_code      VARCHAR(18)   NOT NULL,
    contractor_credit_code   VARCHAR(18)   NOT NULL,
    region_code              VARCHAR(12)   NOT NULL,
    address                  VARCHAR(200),
    status                   VARCHAR(16)   NOT NULL,
    start_date               DATE,
    planned_completion_date  DATE,
    version                  BIGINT        NOT NULL,
    created_at               TIMESTAMP     NOT NULL,
    updated_at               TIMESTAMP     NOT NULL,
    CONSTRAINT uq_construction_project_code UNIQUE (project_code),
    CONSTRAINT ck_construction_project_status CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'SUSPENDED', 'COMPLETED'))
);
CREATE INDEX ix_construction_project_contractor ON construction_project (contractor_credit_code, project_code);
CREATE INDEX ix_construction_project_status ON construction_project (status);

CREATE TABLE construction_dangerous_work (
    id                       VARCHAR(36)   NOT NULL PRIMARY KEY,
    project_id               VARCHAR(36)   NOT NULL,
    name                     VARCHAR(200)  NOT NULL,
    category                 VARCHAR(20)   NOT NULL,
    parameters               VARCHAR(2000) NOT NULL,
    level                    VARCHAR(16)   NOT NULL,
    stage                    VARCHAR(20)   NOT NULL,
    created_at               TIMESTAMP     NOT NULL,
    CONSTRAINT fk_construction_work_project FOREIGN KEY (project_id) REFERENCES construction_project (id),
    CONSTRAINT ck_construction_work_level CHECK (level IN ('DANGEROUS', 'BEYOND_SCALE')),
    CONSTRAINT ck_construction_work_stage CHECK (stage IN ('PLAN_DRAFTED', 'EXPERT_REVIEWED', 'APPROVED', 'IN_PROGRESS', 'ACCEPTED'))
);
CREATE INDEX ix_construction_work_project ON construction_dangerous_work (project_id, created_at);

CREATE TABLE construction_work_stage (
    work_id                  VARCHAR(36)   NOT NULL,
    stage                    VARCHAR(20)   NOT NULL,
    reached_on               DATE          NOT NULL,
    reached_by               VARCHAR(50)   NOT NULL,
    note                     VARCHAR(500),
    recorded_at              TIMESTAMP     NOT NULL,
    recorded_by              VARCHAR(100)  NOT NULL,
    CONSTRAINT pk_construction_work_stage PRIMARY KEY (work_id, stage),
    CONSTRAINT fk_construction_stage_work FOREIGN KEY (work_id) REFERENCES construction_dangerous_work (id)
);

CREATE TABLE construction_person (
    id                       VARCHAR(36)   NOT NULL PRIMARY KEY,
    project_id               VARCHAR(36)   NOT NULL,
    name                     VARCHAR(50)   NOT NULL,
    role                     VARCHAR(20)   NOT NULL,
    certificate_type         VARCHAR(20)   NOT NULL,
    certificate_number       VARCHAR(50)   NOT NULL,
    operation_type           VARCHAR(50),
    issued_on                DATE          NOT NULL,
    valid_until              DATE          NOT NULL,
    version                  BIGINT        NOT NULL,
    created_at               TIMESTAMP     NOT NULL,
    updated_at               TIMESTAMP     NOT NULL,
    CONSTRAINT fk_construction_person_project FOREIGN KEY (project_id) REFERENCES construction_project (id),
    CONSTRAINT ck_construction_person_role CHECK (role IN ('PRINCIPAL', 'PROJECT_MANAGER', 'SAFETY_OFFICER', 'SPECIAL_OPERATOR')),
    CONSTRAINT ck_construction_person_type CHECK (certificate_type IN ('A', 'B', 'C', 'SPECIAL_OPERATION'))
);
CREATE INDEX ix_construction_person_project ON construction_person (project_id, role);
CREATE INDEX ix_construction_person_valid ON construction_person (valid_until);

-- The key-personnel hazards of projects: one open episode per project at most (a new one once the last is closed).
CREATE TABLE construction_site_hazard (
    source_id                VARCHAR(100)  NOT NULL PRIMARY KEY,
    project_id               VARCHAR(36)   NOT NULL,
    opened_on                DATE          NOT NULL,
    closed_on                DATE,
    CONSTRAINT fk_construction_site_hazard_project FOREIGN KEY (project_id) REFERENCES construction_project (id)
);
CREATE INDEX ix_construction_site_hazard_open ON construction_site_hazard (project_id, closed_on);
