-- Indexes for the shapes of the lists and the dashboard's statistics at city scale (100,000 enterprises and more;
-- scripts/benchmark-scale.sh measures them). Leading with what the query fixes, then the region column its
-- jurisdiction narrows by prefix, so that a filtered list or a count reads a range of one index (and, on
-- PostgreSQL, often the index alone).
-- a colour within a township (?riskColour=RED&regionPrefix=...), and counts by colour within a jurisdiction
CREATE INDEX ix_enterprise_colour_region ON enterprise (risk_colour, region_code);
CREATE INDEX ix_enterprise_region_colour ON enterprise (region_code, risk_colour);
-- a sub-committee officer's industries within a jurisdiction
CREATE INDEX ix_enterprise_industry_region ON enterprise (industry_code, region_code);
-- open and overdue hazards (status, then deadline), and counts by status and grade within a jurisdiction
CREATE INDEX ix_hazard_status_deadline ON hazard (status, deadline);
CREATE INDEX ix_hazard_region_status ON hazard (region_code, status, grade);
