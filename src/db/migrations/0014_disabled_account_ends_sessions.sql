-- Disabling an account ends its sessions at once, however it is disabled (an admin's SQL, a
-- future admin page, an import). The server also refuses a disabled account's session on every
-- request (src/server/auth/sessions.ts); this trigger makes sure none is left behind to revive
-- if the account were enabled again.
CREATE FUNCTION end_sessions_of_disabled_account() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM sessions WHERE owner_id = NEW.owner_id AND staff_id = NEW.staff_id;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER accounts_disabled_end_sessions
  AFTER UPDATE OF disabled_at ON accounts
  FOR EACH ROW
  WHEN (NEW.disabled_at IS NOT NULL AND OLD.disabled_at IS NULL)
  EXECUTE FUNCTION end_sessions_of_disabled_account();
