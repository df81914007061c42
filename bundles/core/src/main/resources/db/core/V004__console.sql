-- The console: evidence files of hazards, and the township outlines of the county map (一张图).
-- BYTEA and VARCHAR(n) mean the same on H2 (2.x) and PostgreSQL.
CREATE SEQUENCE hazard_attachment_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE hazard_attachment (
    id           BIGINT        NOT NULL PRIMARY KEY,
    hazard_id    BIGINT        NOT NULL,
    file_name    VARCHAR(200)  NOT NULL,
    content_type VARCHAR(64)   NOT NULL,
    size_bytes   BIGINT        NOT NULL,
    sha256       VARCHAR(64)   NOT NULL,
    note         VARCHAR(500),
    content      BYTEA         NOT NULL,
    uploaded_by  VARCHAR(100)  NOT NULL,
    uploaded_at  TIMESTAMP     NOT NULL,
    CONSTRAINT fk_attachment_hazard FOREIGN KEY (hazard_id) REFERENCES hazard (id)
);
CREATE INDEX ix_attachment_hazard ON hazard_attachment (hazard_id);

CREATE TABLE region_geometry (
    code     VARCHAR(15)     NOT NULL PRIMARY KEY,
    geometry VARCHAR(200000) NOT NULL,
    CONSTRAINT fk_geometry_region FOREIGN KEY (code) REFERENCES region (code)
);
