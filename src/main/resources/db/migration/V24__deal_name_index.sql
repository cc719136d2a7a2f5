-- R9.2 at scale: similar names are looked for among the active registrations of the same country
-- that share a product, so one GIN index holds those alone, led by the country (btree_gin lets a
-- GIN index hold a plain column) and the registration's products (kept on the row for it).
CREATE EXTENSION IF NOT EXISTS btree_gin;
ALTER TABLE deal_registration ADD COLUMN product_ids uuid[] NOT NULL DEFAULT '{}';
UPDATE deal_registration r
   SET product_ids = ARRAY(SELECT x.product_id FROM deal_registration_product x WHERE x.deal_id = r.id
                            ORDER BY x.product_id);
DROP INDEX deal_registration_name;
CREATE INDEX deal_registration_active_name ON deal_registration
    USING gin (customer_country, product_ids, customer_name_key gin_trgm_ops)
    WHERE status IN ('SUBMITTED', 'DISTRIBUTOR_REVIEW', 'VENDOR_REVIEW', 'MORE_INFO_REQUESTED', 'APPROVED');
