-- Runs after the Drizzle migrations, idempotently: rules the database itself enforces.

-- The audit log is append-only: no UPDATE, no DELETE, no TRUNCATE, whatever the application does.
CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

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
