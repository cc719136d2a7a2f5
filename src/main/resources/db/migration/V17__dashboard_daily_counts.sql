-- dashboards: daily counts kept by triggers in the writer's transaction (issue 9), so that a
-- dashboard sums a few thousand rows instead of scanning every request, completion and download.
-- A count is filed under the distributor the company was with on that day.

CREATE TABLE request_day (
    day             date NOT NULL,
    distributor_id  uuid NOT NULL,
    status          text NOT NULL,
    automatic       boolean NOT NULL,
    reason_code     text NOT NULL,
    requests        integer NOT NULL,
    PRIMARY KEY (day, distributor_id, status, automatic, reason_code)
);
CREATE INDEX request_day_distributor ON request_day (distributor_id, day);

CREATE FUNCTION request_day_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE request_day SET requests = requests - 1
         WHERE day = (OLD.created_at AT TIME ZONE 'UTC')::date AND distributor_id = OLD.distributor_id
           AND status = OLD.status AND automatic = (OLD.decided_by IS NOT DISTINCT FROM 'automatic')
           AND reason_code = OLD.reason_code;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO request_day (day, distributor_id, status, automatic, reason_code, requests)
        VALUES ((NEW.created_at AT TIME ZONE 'UTC')::date, NEW.distributor_id, NEW.status,
                NEW.decided_by IS NOT DISTINCT FROM 'automatic', NEW.reason_code, 1)
        ON CONFLICT (day, distributor_id, status, automatic, reason_code)
        DO UPDATE SET requests = request_day.requests + 1;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER request_day_requests AFTER INSERT OR DELETE OR UPDATE OF status, decided_by, reason_code, distributor_id
    ON access_request FOR EACH ROW EXECUTE FUNCTION request_day_count();

INSERT INTO request_day (day, distributor_id, status, automatic, reason_code, requests)
SELECT (created_at AT TIME ZONE 'UTC')::date, distributor_id, status, decided_by IS NOT DISTINCT FROM 'automatic',
       reason_code, count(*)
  FROM access_request GROUP BY 1, 2, 3, 4, 5;

-- The distributor a company is with now (none: the vendor's own), used when a count is filed.
CREATE FUNCTION current_distributor(company uuid) RETURNS uuid LANGUAGE sql STABLE
    RETURN (SELECT distributor_id FROM distributor_association WHERE company_id = company AND ended_at IS NULL);

CREATE TABLE learning_day (
    day             date NOT NULL,
    distributor_id  uuid NOT NULL DEFAULT '00000000-0000-0000-0000-000000000000',
    completions     integer NOT NULL DEFAULT 0,
    certificates    integer NOT NULL DEFAULT 0,
    PRIMARY KEY (day, distributor_id)
);

CREATE FUNCTION learning_day_count() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    d uuid := coalesce(current_distributor((SELECT company_id FROM account WHERE id = NEW.account_id)),
                       '00000000-0000-0000-0000-000000000000');
BEGIN
    IF TG_TABLE_NAME = 'enrolment' THEN
        IF NEW.completed_at IS NOT NULL AND (TG_OP = 'INSERT' OR OLD.completed_at IS NULL) THEN
            INSERT INTO learning_day (day, distributor_id, completions) VALUES ((NEW.completed_at AT TIME ZONE 'UTC')::date, d, 1)
            ON CONFLICT (day, distributor_id) DO UPDATE SET completions = learning_day.completions + 1;
        END IF;
    ELSE
        INSERT INTO learning_day (day, distributor_id, certificates) VALUES ((NEW.issued_at AT TIME ZONE 'UTC')::date, d, 1)
        ON CONFLICT (day, distributor_id) DO UPDATE SET certificates = learning_day.certificates + 1;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER learning_day_completions AFTER INSERT OR UPDATE OF completed_at ON enrolment
    FOR EACH ROW EXECUTE FUNCTION learning_day_count();
CREATE TRIGGER learning_day_certificates AFTER INSERT ON certificate
    FOR EACH ROW EXECUTE FUNCTION learning_day_count();

INSERT INTO learning_day (day, distributor_id, completions, certificates)
SELECT day, d, sum(c), sum(k) FROM (
    SELECT (e.completed_at AT TIME ZONE 'UTC')::date AS day,
           coalesce(current_distributor(a.company_id), '00000000-0000-0000-0000-000000000000') AS d, 1 AS c, 0 AS k
      FROM enrolment e JOIN account a ON a.id = e.account_id WHERE e.completed_at IS NOT NULL
    UNION ALL
    SELECT (k.issued_at AT TIME ZONE 'UTC')::date,
           coalesce(current_distributor(a.company_id), '00000000-0000-0000-0000-000000000000'), 0, 1
      FROM certificate k JOIN account a ON a.id = k.account_id) x
 GROUP BY day, d;

CREATE TABLE download_day (
    day             date NOT NULL,
    distributor_id  uuid NOT NULL DEFAULT '00000000-0000-0000-0000-000000000000',
    resource_id     uuid NOT NULL REFERENCES resource (id),
    downloads       integer NOT NULL,
    PRIMARY KEY (day, distributor_id, resource_id)
);
CREATE INDEX download_day_distributor ON download_day (distributor_id, day);

CREATE FUNCTION download_day_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO download_day (day, distributor_id, resource_id, downloads)
    VALUES ((NEW.downloaded_at AT TIME ZONE 'UTC')::date,
            coalesce(current_distributor(NEW.company_id), '00000000-0000-0000-0000-000000000000'), NEW.resource_id, 1)
    ON CONFLICT (day, distributor_id, resource_id) DO UPDATE SET downloads = download_day.downloads + 1;
    RETURN NULL;
END $$;
CREATE TRIGGER download_day_downloads AFTER INSERT ON resource_download
    FOR EACH ROW EXECUTE FUNCTION download_day_count();

INSERT INTO download_day (day, distributor_id, resource_id, downloads)
SELECT (downloaded_at AT TIME ZONE 'UTC')::date,
       coalesce(current_distributor(company_id), '00000000-0000-0000-0000-000000000000'), resource_id, count(*)
  FROM resource_download GROUP BY 1, 2, 3;
