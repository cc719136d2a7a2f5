-- R9.2 at scale: similar names are looked for among active registrations of the same country only,
-- so the trigram index holds those alone and leads with the country (btree_gin lets a GIN index
-- hold a plain column next to the trigrams).
CREATE EXTENSION IF NOT EXISTS btree_gin;
DROP INDEX deal_registration_name;
CREATE INDEX deal_registration_active_name ON deal_registration
    USING gin (customer_country, customer_name_key gin_trgm_ops)
    WHERE status IN ('SUBMITTED', 'DISTRIBUTOR_REVIEW', 'VENDOR_REVIEW', 'MORE_INFO_REQUESTED', 'APPROVED');
