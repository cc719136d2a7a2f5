-- R9.5: one extension request per registration, decided by the vendor; reminders 14 and 3 days
-- before expiry, each sent once (the column is set by the one UPDATE that claims the reminder).
ALTER TABLE deal_registration
    ADD COLUMN extension_requested_at timestamptz,
    ADD COLUMN extension_reason       text CHECK (length(extension_reason) <= 2000),
    ADD COLUMN extension_decided_at   timestamptz,
    ADD COLUMN extension_granted      boolean,
    ADD COLUMN reminded_14_at         timestamptz,
    ADD COLUMN reminded_3_at          timestamptz;
CREATE INDEX deal_registration_expiring ON deal_registration (expires_at) WHERE status = 'APPROVED';
