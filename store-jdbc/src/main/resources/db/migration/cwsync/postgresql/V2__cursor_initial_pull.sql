-- The per-range checkpoints of an initial pull read in id ranges (core's Cursor.initialPull): the start watermark and
-- each range's from, to and next, encoded by JdbcCursorStore; null when no initial pull is under way.
ALTER TABLE ${prefix}cursor ADD COLUMN IF NOT EXISTS initial_pull VARCHAR;
