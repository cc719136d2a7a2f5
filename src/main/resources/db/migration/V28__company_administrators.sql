-- Partner administrators (R11.1): partner users who also manage their company's users. The first
-- approved user of each company already in the portal becomes one, as a new company's first does.
ALTER TABLE account ADD COLUMN company_admin boolean NOT NULL DEFAULT false;
ALTER TABLE account ADD CONSTRAINT account_company_admin CHECK (NOT company_admin OR role = 'PARTNER_USER');

UPDATE account SET company_admin = true
WHERE id IN (SELECT DISTINCT ON (company_id) id FROM account
             WHERE role = 'PARTNER_USER' AND enabled
             ORDER BY company_id, created_at, id);
