-- Runs before the Drizzle migrations, idempotently: extensions the schema's indexes need.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
