-- A history entry keeps the action's own text (交办/整改证据/复查不通过: up to 2000 characters), a separator and the
-- note (up to 1000): 2000 characters were not enough for both. SET DATA TYPE is understood by H2 and PostgreSQL.
ALTER TABLE hazard_history ALTER COLUMN note SET DATA TYPE VARCHAR(4000);
