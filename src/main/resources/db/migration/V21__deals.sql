-- Deal registration (R9): the vendor's product list, registrations with their products, the
-- claims that make an approval exclusive, and each registration's history.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE deal_product (
    id      uuid PRIMARY KEY,
    name    text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 100),
    active  boolean NOT NULL DEFAULT true
);

CREATE TABLE deal_registration (
    id                 uuid PRIMARY KEY,
    number             bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    company_id         uuid NOT NULL REFERENCES company (id),
    distributor_id     uuid NOT NULL REFERENCES distributor (id),
    registered_by      text NOT NULL,
    status             text NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'DISTRIBUTOR_REVIEW', 'VENDOR_REVIEW',
                                                       'MORE_INFO_REQUESTED', 'APPROVED', 'REJECTED', 'WITHDRAWN',
                                                       'WON', 'LOST', 'EXPIRED')),
    customer_name      text NOT NULL CHECK (length(customer_name) BETWEEN 1 AND 200),
    -- The name as conflicts compare it: lower case, without accents, punctuation or legal suffix.
    customer_name_key  text NOT NULL,
    customer_country   text NOT NULL CHECK (customer_country ~ '^[A-Z]{2}$'),
    customer_website   text,
    customer_domain    text,
    contact_name       text NOT NULL CHECK (length(contact_name) BETWEEN 1 AND 200),
    contact_email      text NOT NULL,
    contact_domain     text NOT NULL,
    contact_job_title  text,
    -- What exclusivity is keyed on (R9.4): the customer's registrable domain, else its name and country.
    customer_key       text NOT NULL,
    currency           text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    estimated_value    numeric(14, 2) NOT NULL CHECK (estimated_value > 0),
    expected_close     date NOT NULL,
    notes              text CHECK (length(notes) <= 4000),
    submitted_at       timestamptz,
    approved_at        timestamptz,
    expires_at         timestamptz,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX deal_registration_company ON deal_registration (company_id, created_at DESC);
CREATE INDEX deal_registration_distributor ON deal_registration (distributor_id, status);
CREATE INDEX deal_registration_customer_domain ON deal_registration (customer_domain)
    WHERE status IN ('SUBMITTED', 'DISTRIBUTOR_REVIEW', 'VENDOR_REVIEW', 'MORE_INFO_REQUESTED', 'APPROVED');
CREATE INDEX deal_registration_contact_domain ON deal_registration (contact_domain)
    WHERE status IN ('SUBMITTED', 'DISTRIBUTOR_REVIEW', 'VENDOR_REVIEW', 'MORE_INFO_REQUESTED', 'APPROVED');
CREATE INDEX deal_registration_name ON deal_registration USING gin (customer_name_key gin_trgm_ops);

CREATE TABLE deal_registration_product (
    deal_id     uuid NOT NULL REFERENCES deal_registration (id) ON DELETE CASCADE,
    product_id  uuid NOT NULL REFERENCES deal_product (id),
    PRIMARY KEY (deal_id, product_id)
);
CREATE INDEX deal_registration_product_product ON deal_registration_product (product_id);

-- R9.4: an approval claims its customer key for each of its products; the primary key is what
-- makes the first approval win, on however many instances. A claim ends with the approval.
CREATE TABLE deal_claim (
    customer_key  text NOT NULL,
    product_id    uuid NOT NULL REFERENCES deal_product (id),
    deal_id       uuid NOT NULL REFERENCES deal_registration (id) ON DELETE CASCADE,
    PRIMARY KEY (customer_key, product_id)
);
CREATE INDEX deal_claim_deal ON deal_claim (deal_id);

CREATE TABLE deal_history (
    id           uuid PRIMARY KEY,
    deal_id      uuid NOT NULL REFERENCES deal_registration (id) ON DELETE CASCADE,
    at           timestamptz NOT NULL DEFAULT now(),
    actor        text NOT NULL,
    from_status  text,
    to_status    text NOT NULL,
    reason       text CHECK (length(reason) <= 2000)
);
CREATE INDEX deal_history_deal ON deal_history (deal_id, at);
