-- dashboards: per-company counters kept up to date by triggers, so that dashboards read 100,000
-- small rows instead of counting a million accounts at each load (issue 9).
CREATE TABLE company_stats (
    company_id     uuid PRIMARY KEY REFERENCES company (id) ON DELETE CASCADE,
    enabled_users  integer NOT NULL DEFAULT 0,
    seats_held     integer NOT NULL DEFAULT 0
);
INSERT INTO company_stats (company_id, enabled_users, seats_held)
SELECT c.id,
       (SELECT count(*) FROM account a WHERE a.company_id = c.id AND a.enabled AND a.role = 'PARTNER_USER'),
       (SELECT count(*) FROM technical_seat s WHERE s.company_id = c.id)
  FROM company c;

CREATE FUNCTION company_stats_for_new_company() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO company_stats (company_id) VALUES (NEW.id) ON CONFLICT DO NOTHING;
    RETURN NEW;
END $$;
CREATE TRIGGER company_stats_company AFTER INSERT ON company
    FOR EACH ROW EXECUTE FUNCTION company_stats_for_new_company();

CREATE FUNCTION company_stats_count_users() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.company_id IS NOT NULL AND OLD.enabled AND OLD.role = 'PARTNER_USER' THEN
        UPDATE company_stats SET enabled_users = enabled_users - 1 WHERE company_id = OLD.company_id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.company_id IS NOT NULL AND NEW.enabled AND NEW.role = 'PARTNER_USER' THEN
        UPDATE company_stats SET enabled_users = enabled_users + 1 WHERE company_id = NEW.company_id;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER company_stats_accounts AFTER INSERT OR DELETE OR UPDATE OF company_id, enabled, role ON account
    FOR EACH ROW EXECUTE FUNCTION company_stats_count_users();

CREATE FUNCTION company_stats_count_seats() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE company_stats SET seats_held = seats_held - 1 WHERE company_id = OLD.company_id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        UPDATE company_stats SET seats_held = seats_held + 1 WHERE company_id = NEW.company_id;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER company_stats_seats AFTER INSERT OR DELETE OR UPDATE OF company_id ON technical_seat
    FOR EACH ROW EXECUTE FUNCTION company_stats_count_seats();

-- A distributor's current partners, for its dashboard.
CREATE INDEX distributor_association_partners ON distributor_association (distributor_id) WHERE ended_at IS NULL;
CREATE INDEX access_request_distributor_created ON access_request (distributor_id, created_at);
CREATE INDEX enrolment_completed ON enrolment (completed_at) WHERE completed_at IS NOT NULL;
CREATE INDEX certificate_issued ON certificate (issued_at);
CREATE INDEX resource_download_at ON resource_download (downloaded_at);
