-- cwsync scheduler-db, PostgreSQL. Versions from 1000 up belong to scheduler-db, so this set and store-jdbc's
-- (db/migration/cwsync/postgresql) can share one Flyway history table. Released scripts are never edited.

-- db-scheduler's table, as its postgresql_tables.sql defines it (16.x).
CREATE TABLE IF NOT EXISTS scheduled_tasks (
  task_name text NOT NULL,
  task_instance text NOT NULL,
  task_data bytea,
  execution_time timestamp with time zone NOT NULL,
  picked BOOLEAN NOT NULL,
  picked_by text,
  last_success timestamp with time zone,
  last_failure timestamp with time zone,
  consecutive_failures INT,
  last_heartbeat timestamp with time zone,
  version BIGINT NOT NULL,
  priority SMALLINT,
  PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX IF NOT EXISTS execution_time_idx ON scheduled_tasks (execution_time);
CREATE INDEX IF NOT EXISTS last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
CREATE INDEX IF NOT EXISTS priority_execution_time_idx ON scheduled_tasks (priority DESC, execution_time ASC);

-- One token bucket per tenant, shared by every node: tokens left at refilled_at (database time).
CREATE TABLE IF NOT EXISTS cwsync_rate_budget (
  tenant_id VARCHAR(200) NOT NULL PRIMARY KEY,
  tokens DOUBLE PRECISION NOT NULL,
  refilled_at TIMESTAMP WITH TIME ZONE NOT NULL
);
