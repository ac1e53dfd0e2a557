-- Whether a closed session was closed by the Web Connector's own closeConnection (the conversation is over, so
-- getLastError on its ticket no longer answers its error) rather than abandoned, whose error is still answered.
-- Sessions closed before this column existed count as abandoned: their error is answered as it always was.
ALTER TABLE qbwc_sync_sessions ADD COLUMN IF NOT EXISTS closed_by_web_connector boolean NOT NULL DEFAULT false;
