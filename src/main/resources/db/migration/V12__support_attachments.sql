-- A message of a support request may carry one attachment, kept like catalogue files (R7.1).
ALTER TABLE support_message ADD COLUMN file_id uuid REFERENCES stored_file (id);
