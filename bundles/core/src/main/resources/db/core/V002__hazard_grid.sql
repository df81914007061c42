-- Hazards carry their enterprise's grid, so that a grid member's jurisdiction (a grid code) scopes them.
ALTER TABLE hazard ADD COLUMN grid_code VARCHAR(15);
UPDATE hazard SET grid_code = (SELECT e.grid_code FROM enterprise e WHERE e.credit_code = hazard.enterprise_credit_code);
CREATE INDEX ix_hazard_grid ON hazard (grid_code);
CREATE INDEX ix_enterprise_grid ON enterprise (grid_code);
