-- R9.2: a contact at a mail provider (gmail.com, outlook.com…) names no customer, so its domain is not kept.
ALTER TABLE deal_registration ALTER COLUMN contact_domain DROP NOT NULL;

-- R9.5: a won registration records its final value and the day it was won.
ALTER TABLE deal_registration
    ADD COLUMN won_value numeric(14, 2) CHECK (won_value > 0),
    ADD COLUMN won_on    date;
CREATE INDEX deal_registration_won ON deal_registration (company_id, won_on) WHERE status = 'WON';

-- R9.3: the vendor's rules for registrations, one row.
CREATE TABLE deal_rules (
    singleton     boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    auto_approve  boolean NOT NULL DEFAULT false,
    updated_at    timestamptz NOT NULL DEFAULT now(),
    updated_by    text
);
INSERT INTO deal_rules DEFAULT VALUES;
