-- The outbox payload becomes a plain character column on both databases. It was a CLOB, which PostgreSQL does not
-- have (its first migration runs there through the domain clob over text: SqlDialect) and which Hibernate reads
-- on PostgreSQL as a large-object id. A payload is one event's JSON, a few kilobytes; 1,000,000 characters is
-- H2's largest VARCHAR and well inside PostgreSQL's.
ALTER TABLE outbox ALTER COLUMN payload SET DATA TYPE VARCHAR(1000000);
