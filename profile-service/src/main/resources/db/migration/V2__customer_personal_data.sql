-- National id and phone, encrypted at rest with AES-256-GCM (common-lib FieldCipher; the value names
-- its key id, so keys rotate without a migration). Never stored in clear.
ALTER TABLE customer
    ADD COLUMN national_id_enc TEXT,
    ADD COLUMN phone_enc       TEXT;
