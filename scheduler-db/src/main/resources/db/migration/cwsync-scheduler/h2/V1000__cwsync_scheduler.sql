-- cwsync scheduler-db, H2. Versions from 1000 up belong to scheduler-db, so this set and store-jdbc's
-- (db/migration/cwsync/h2) can share one Flyway history table. Released scripts are never edited.

-- db-scheduler's table (its hsql/h2 definition, 16.x).
CREATE TABLE IF NOT EXISTS scheduled_tasks (
  task_name VARCHAR(100) NOT NULL,
  task_instance VARCHAR(200) NOT NULL,
  task_data BLOB,
  execution_time TIMESTAMP WITH TIME ZONE NOT NULL,
  picked BOOLEAN NOT NULL,
  picked_by VARCHAR(100),
  last_success TIMESTAMP WITH TIME ZONE,
  last_failure TIMESTAMP WITH TIME ZONE,
  consecutive_failures INT,
  last_heartbeat TIMESTAMP WITH TIME ZONE,
  version BIGINT NOT NULL,
  priority SMALLINT,
  PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX IF NOT EXISTS execution_time_idx ON scheduled_tasks (execution_time);
CREATE INDEX IF NOT EXISTS last_heartbeat_idx ON scheduled_tasks (last_heartbeat);

-- One token bucket per tenant, shared by every node: tokens left at refilled_at (database time).
CREATE TABLE IF NOT EXISTS cwsync_rate_budget (
  tenant_id VARCHAR(200) NOT NULL PRIMARY KEY,
  tokens DOUBLE PRECISION NOT NULL,
  refilled_at TIMESTAMP WITH TIME ZONE NOT NULL
);
