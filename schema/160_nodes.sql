-- 160_nodes.sql - several station nodes (frontd + appsrv + ifsvc each) on
-- one database (docs/DESIGN.md "Several nodes, one database").  Every job
-- that must happen once records who holds it and until when:
--
--   ifsvc_settle   the settler's lease on one unknown outcome: the node
--                  (lease_owner, "ifsvc:NODE:PID") and how often it was taken
--                  (claims).  The lease's time is the transaction's
--                  next_settle_at, so that the claim's row lock and its
--                  recheck see it (fn/money.sql gf_settle_claim).
--   recon_runs     which node runs a RUNNING run, and the lease its ifsvc
--                  renews while the run lasts; a run whose lease ran out
--                  is a dead node's and is marked FAILED by any node.
--   recon_requests which node took a console rerun, the same way.
--
-- The functions these columns change (gf_bo_recon_take,
-- gf_bo_recon_requests_interrupted) take the node now: their old forms go.
ALTER TABLE ifsvc_settle ADD COLUMN lease_owner text;
ALTER TABLE ifsvc_settle ADD COLUMN claims integer NOT NULL DEFAULT 0;

ALTER TABLE recon_runs ADD COLUMN node text;
ALTER TABLE recon_runs ADD COLUMN lease_until timestamptz;

ALTER TABLE recon_requests ADD COLUMN node text;
ALTER TABLE recon_requests ADD COLUMN lease_until timestamptz;

DROP FUNCTION IF EXISTS gf_bo_recon_take();
DROP FUNCTION IF EXISTS gf_bo_recon_requests_interrupted();
