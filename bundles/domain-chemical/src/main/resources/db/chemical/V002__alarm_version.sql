-- An alarm counts its changes, so that each change has its own exchange idempotency key: handling an alarm that
-- was escalated wrote the escalation's key (version 2) a second time and failed. Existing rows: raised 1,
-- escalated 2, handled 2 (from raised) or 3 (after an escalation).
ALTER TABLE chemical_alarm ADD COLUMN version BIGINT DEFAULT 1 NOT NULL;
UPDATE chemical_alarm SET version = CASE
    WHEN status = 'ESCALATED' THEN 2
    WHEN status = 'HANDLED' AND hazard_id IS NOT NULL THEN 3
    WHEN status = 'HANDLED' THEN 2
    ELSE 1 END;
