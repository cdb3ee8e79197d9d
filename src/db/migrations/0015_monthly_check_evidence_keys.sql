-- The monthly check's evidence key names the absence it is about — `manedssjekk:` and the latest
-- day of undocumented absence in the days it looks back over — no longer the month it was found
-- in (`manedssjekk:YYYY-MM`, which raised a dismissed flag again the next month for the same
-- absence). A flag stored before takes in the new key beside its old one, from the figures it
-- stored (the finding's `to`: that latest day), so that what a person dismissed stays dismissed
-- and an open flag gives no second summons for the same absence. Flags stored before concerns
-- kept the finding's figures as the evidence's own.
UPDATE "flags" f SET "evidence_keys" = f."evidence_keys" || n."keys"
FROM (
  SELECT g."owner_id", g."id", array_agg(DISTINCT 'manedssjekk:' || (x."finding" -> 'facts' ->> 'to')) AS "keys"
  FROM "flags" g
  CROSS JOIN LATERAL (
    SELECT e AS "finding" FROM jsonb_array_elements(CASE WHEN jsonb_typeof(g."evidence" -> 'findings') = 'array' THEN g."evidence" -> 'findings' ELSE '[]'::jsonb END) AS e
    UNION ALL
    SELECT jsonb_build_object('ruleCode', g."rule_code", 'facts', g."evidence" -> 'facts') WHERE jsonb_typeof(g."evidence" -> 'findings') IS DISTINCT FROM 'array'
  ) x
  WHERE x."finding" ->> 'ruleCode' = 'manedssjekk' AND x."finding" -> 'facts' ->> 'to' IS NOT NULL
  GROUP BY g."owner_id", g."id"
) n
WHERE f."owner_id" = n."owner_id" AND f."id" = n."id" AND NOT (n."keys" <@ f."evidence_keys");
