-- A database role for the running application that can read and add audit entries but never
-- change or remove them (README, "Security"). Run once as the role that owns Varde's tables (the
-- one that runs the migrations), in Varde's database, after the first start:
--
--   psql "$OWNER_DATABASE_URL" -v app_password="'a long random secret'" -f docs/sql/varde-app-role.sql
--
-- then start Varde with DATABASE_URL naming varde_app. Run it again after an upgrade that added
-- tables (the default privileges below cover tables the owner creates later).
CREATE ROLE varde_app LOGIN PASSWORD :app_password;
GRANT USAGE ON SCHEMA public, drizzle TO varde_app;
GRANT SELECT ON ALL TABLES IN SCHEMA drizzle TO varde_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO varde_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO varde_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO varde_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO varde_app;
-- The audit log: read and add only. The chain's heads are read by `npm run audit:verify` and
-- written by the insert trigger alone, which runs with its owner's rights.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM varde_app;
REVOKE ALL ON audit_chain_heads FROM varde_app;
GRANT SELECT ON audit_chain_heads TO varde_app;
