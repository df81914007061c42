-- The name search's index: every two-character piece (bigram) of each enterprise's name (NameGrams explains why
-- bigrams). Kept by the persistence unit with the enterprise (an element collection); filled here for the
-- enterprises already registered. The primary key serves the search (by gram); the second index the upkeep
-- (by enterprise). Standard SQL: a recursive CTE of positions, SUBSTRING ... FROM ... FOR, CHAR_LENGTH.
CREATE TABLE enterprise_name_gram (
    gram        VARCHAR(4)  NOT NULL, -- two characters: up to four UTF-16 units (H2 counts those)
    credit_code VARCHAR(18) NOT NULL,
    CONSTRAINT pk_enterprise_name_gram PRIMARY KEY (gram, credit_code),
    CONSTRAINT fk_name_gram_enterprise FOREIGN KEY (credit_code) REFERENCES enterprise (credit_code)
);
CREATE INDEX ix_name_gram_enterprise ON enterprise_name_gram (credit_code);
INSERT INTO enterprise_name_gram (gram, credit_code)
WITH RECURSIVE position_of (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM position_of WHERE i < 200)
SELECT DISTINCT SUBSTRING(e.name FROM p.i FOR 2), e.credit_code
FROM enterprise e JOIN position_of p ON p.i < CHAR_LENGTH(e.name);
