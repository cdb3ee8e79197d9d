-- The audit log is append-only and tamper-evident (issue 10).
--
-- Each owner's rows form a hash chain in id order: a row's hash is sha256 over a canonical form of
-- the row that includes the previous row's hash, so an altered row no longer matches its hash and
-- a removed row breaks its successor's link. audit_chain_heads keeps each chain's newest row, so a
-- removed tail is found too; locking its row orders the inserts of an owner.
-- src/data/audit/verify-audit-chain.ts (npm run audit:verify) walks the chain.

-- The canonical form: a JSON array of the fields (jsonb's text output is the same on every
-- server), the time in UTC whatever the session's time zone.
CREATE FUNCTION audit_row_hash(
  prev_hash text, owner_id uuid, id bigint, at timestamptz, actor_staff_id uuid, action text, entity text,
  entity_id text, student_id uuid, detail jsonb, address text, session_ref text
) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT encode(sha256(convert_to(jsonb_build_array(
    prev_hash, owner_id, id, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    actor_staff_id, action, entity, entity_id, student_id, detail, address, session_ref
  )::text, 'UTF8')), 'hex')
$$;
--> statement-breakpoint

-- Rows written before this migration join the chain in the order they were written.
DO $$
DECLARE
  r record;
  chain_owner uuid := NULL;
  previous text := '';
  previous_id bigint := 0;
BEGIN
  FOR r IN SELECT * FROM audit_log ORDER BY owner_id, id LOOP
    IF chain_owner IS DISTINCT FROM r.owner_id THEN
      IF chain_owner IS NOT NULL THEN
        INSERT INTO audit_chain_heads (owner_id, last_id, last_hash) VALUES (chain_owner, previous_id, previous);
      END IF;
      chain_owner := r.owner_id;
      previous := '';
    END IF;
    UPDATE audit_log SET prev_hash = previous,
      hash = audit_row_hash(previous, r.owner_id, r.id, r.at, r.actor_staff_id, r.action, r.entity, r.entity_id, r.student_id, r.detail, r.address, r.session_ref)
      WHERE owner_id = r.owner_id AND id = r.id
      RETURNING hash INTO previous;
    previous_id := r.id;
  END LOOP;
  IF chain_owner IS NOT NULL THEN
    INSERT INTO audit_chain_heads (owner_id, last_id, last_hash) VALUES (chain_owner, previous_id, previous);
  END IF;
END $$;
--> statement-breakpoint

-- Every insert joins its owner's chain. The head's row lock is held to the end of the transaction,
-- so the owner's inserts are serialised; the id is taken under that lock so that id order is chain
-- order even when transactions commit out of order. SECURITY DEFINER: the application's role needs
-- no rights on the heads.
CREATE FUNCTION audit_log_chain() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
  previous text;
BEGIN
  SELECT last_hash INTO previous FROM audit_chain_heads WHERE owner_id = NEW.owner_id FOR UPDATE;
  IF NOT FOUND THEN
    INSERT INTO audit_chain_heads (owner_id, last_id, last_hash) VALUES (NEW.owner_id, 0, '') ON CONFLICT (owner_id) DO NOTHING;
    SELECT last_hash INTO previous FROM audit_chain_heads WHERE owner_id = NEW.owner_id FOR UPDATE;
  END IF;
  NEW.id := nextval(pg_get_serial_sequence('audit_log', 'id'));
  NEW.prev_hash := previous;
  NEW.hash := audit_row_hash(previous, NEW.owner_id, NEW.id, NEW.at, NEW.actor_staff_id, NEW.action, NEW.entity,
    NEW.entity_id, NEW.student_id, NEW.detail, NEW.address, NEW.session_ref);
  UPDATE audit_chain_heads SET last_id = NEW.id, last_hash = NEW.hash WHERE owner_id = NEW.owner_id;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_chain();
--> statement-breakpoint

-- Nobody changes or removes an entry, not even the table's owner, without first disabling this
-- trigger (which takes the owner or a superuser, and shows in the chain).
CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% on % is refused: the audit log is append-only', TG_OP, TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END $$;
--> statement-breakpoint
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_chain_heads_keep BEFORE DELETE OR TRUNCATE ON audit_chain_heads FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
--> statement-breakpoint

-- On a server with a separate application role (README, "Security": varde_app), that role may
-- read and add entries but never change or remove them, and never touch the chain's heads.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM PUBLIC;
--> statement-breakpoint
REVOKE ALL ON audit_chain_heads FROM PUBLIC;
--> statement-breakpoint
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'varde_app') THEN
    REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM varde_app;
    REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON audit_chain_heads FROM varde_app;
  END IF;
END $$;
