-- university: a retired certification is no longer awarded; certificates already issued stay valid (R5.6).
ALTER TABLE certification ADD COLUMN status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'RETIRED'));
