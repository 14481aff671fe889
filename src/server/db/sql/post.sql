-- Runs after the Drizzle migrations, idempotently: rules the database itself enforces.

-- The audit log is append-only: no UPDATE, no DELETE, no TRUNCATE, whatever the application does
-- (audit_log_append_only is below, with the one exception: sealing).
-- Every entry is sealed in a hash chain when its transaction commits: its place (chain_seq), the
-- previous entry's hash and sha256(prev_hash | its canonical text). The chain's head lives in
-- audit_chain_head, which only the owner's functions touch; a changed, removed or inserted
-- entry breaks the chain from there on (`npm run cli -- audit-verify`).
CREATE TABLE IF NOT EXISTS audit_chain_head (
  id int PRIMARY KEY CHECK (id = 1),
  seq bigint NOT NULL,
  hash text NOT NULL
);
INSERT INTO audit_chain_head (id, seq, hash) VALUES (1, 0, '') ON CONFLICT (id) DO NOTHING;

-- The canonical text of an entry: the same whatever the session's time zone or date style.
CREATE OR REPLACE FUNCTION audit_log_text(e audit_log) RETURNS text AS $$
  SELECT concat_ws('|', e.id::text, to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
    coalesce(e.actor_id::text, ''), e.actor_name, e.entity, e.entity_id, e.action,
    coalesce(e.unit_id::text, ''), coalesce(e.before::text, 'null'), coalesce(e.after::text, 'null'))
$$ LANGUAGE sql IMMUTABLE;

CREATE OR REPLACE FUNCTION audit_log_seal() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  head record;
  entry audit_log;
  digest text;
BEGIN
  SELECT * INTO entry FROM audit_log WHERE id = NEW.id;
  -- the head is locked from here to the commit, which follows at once: commits are chained in order
  SELECT seq, hash INTO head FROM audit_chain_head WHERE id = 1 FOR UPDATE;
  digest := encode(sha256(convert_to(head.hash || '|' || audit_log_text(entry), 'UTF8')), 'hex');
  UPDATE audit_chain_head SET seq = head.seq + 1, hash = digest WHERE id = 1;
  PERFORM set_config('doingoai.audit_sealing', 'on', true);
  UPDATE audit_log SET chain_seq = head.seq + 1, prev_hash = head.hash, hash = digest WHERE id = NEW.id;
  PERFORM set_config('doingoai.audit_sealing', 'off', true);
  RETURN NULL;
END;
$$;

-- Sealing is the one change the append-only rule lets through: chain columns of an unsealed entry.
CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND current_setting('doingoai.audit_sealing', true) = 'on' AND OLD.hash IS NULL
     AND (to_jsonb(NEW) - 'chain_seq' - 'prev_hash' - 'hash') = (to_jsonb(OLD) - 'chain_seq' - 'prev_hash' - 'hash') THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

-- An entry written with chain values of its own gets them replaced: only the seal sets them.
CREATE OR REPLACE FUNCTION audit_log_unsealed() RETURNS trigger AS $$
BEGIN
  NEW.chain_seq := NULL;
  NEW.prev_hash := NULL;
  NEW.hash := NULL;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

DROP TRIGGER IF EXISTS audit_log_insert_unsealed ON audit_log;
CREATE TRIGGER audit_log_insert_unsealed BEFORE INSERT ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_unsealed();
DROP TRIGGER IF EXISTS audit_log_seal ON audit_log;
CREATE CONSTRAINT TRIGGER audit_log_seal AFTER INSERT ON audit_log
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_log_seal();

-- Entries written before the chain existed are sealed now, in id order.
DO $$
DECLARE
  r record;
  head record;
  digest text;
BEGIN
  FOR r IN SELECT * FROM audit_log WHERE hash IS NULL ORDER BY id LOOP
    SELECT seq, hash INTO head FROM audit_chain_head WHERE id = 1 FOR UPDATE;
    digest := encode(sha256(convert_to(head.hash || '|' || audit_log_text(r::audit_log), 'UTF8')), 'hex');
    UPDATE audit_chain_head SET seq = head.seq + 1, hash = digest WHERE id = 1;
    PERFORM set_config('doingoai.audit_sealing', 'on', true);
    UPDATE audit_log SET chain_seq = head.seq + 1, prev_hash = head.hash, hash = digest WHERE id = r.id;
    PERFORM set_config('doingoai.audit_sealing', 'off', true);
  END LOOP;
END;
$$;

DROP TRIGGER IF EXISTS audit_log_no_update ON audit_log;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log;
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

-- Sessions end on every app server at once. App servers remember the sessions they have seen
-- while they listen on doingoai_sessions (lib/session-cache.ts): any change to a session or to a
-- person tells them whose (sign-out, password change or reset, lock, role or unit change).
CREATE OR REPLACE FUNCTION doingoai_sessions_notify() RETURNS trigger AS $$
BEGIN
  IF TG_LEVEL = 'STATEMENT' THEN
    PERFORM pg_notify('doingoai_sessions', '*');
  ELSIF TG_TABLE_NAME = 'sessions' THEN
    PERFORM pg_notify('doingoai_sessions', OLD.user_id::text);
  ELSE
    PERFORM pg_notify('doingoai_sessions', OLD.id::text);
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

DROP TRIGGER IF EXISTS sessions_notify ON sessions;
CREATE TRIGGER sessions_notify AFTER UPDATE OR DELETE ON sessions
  FOR EACH ROW EXECUTE FUNCTION doingoai_sessions_notify();
DROP TRIGGER IF EXISTS sessions_notify_truncate ON sessions;
CREATE TRIGGER sessions_notify_truncate AFTER TRUNCATE ON sessions
  FOR EACH STATEMENT EXECUTE FUNCTION doingoai_sessions_notify();
DROP TRIGGER IF EXISTS users_notify ON users;
CREATE TRIGGER users_notify AFTER UPDATE OR DELETE ON users
  FOR EACH ROW EXECUTE FUNCTION doingoai_sessions_notify();

-- The busiest table is updated all day (progress, the submission loop), and its lists count
-- overdue and due-soon work by index-only scans over the partial indexes of working rows, which
-- stay index-only only while the visibility map is current: vacuum it once 2 % of its rows have
-- changed rather than PostgreSQL's default 20 % (at 32,000 rows, every 640 changes, a few ms).
ALTER TABLE assignments SET (
  autovacuum_vacuum_scale_factor = 0.02,
  autovacuum_vacuum_insert_scale_factor = 0.02,
  autovacuum_analyze_scale_factor = 0.05
);
