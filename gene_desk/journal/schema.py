"""The journal's schema as numbered migrations (``PRAGMA user_version`` counts those applied).

Append only: a released migration is never edited, so every old journal is upgraded by exactly the
steps it lacks (see :meth:`connection.Connection._migrate`).
"""

from __future__ import annotations

MIGRATIONS: list[str] = [
    # 1: jobs, items, parts
    """
    CREATE TABLE jobs (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        state TEXT NOT NULL,
        title TEXT NOT NULL,
        source TEXT NOT NULL,
        destination TEXT NOT NULL,
        options TEXT NOT NULL DEFAULT '{}',
        created_at REAL NOT NULL,
        started_at REAL,
        finished_at REAL,
        total_bytes INTEGER NOT NULL DEFAULT 0,
        done_bytes INTEGER NOT NULL DEFAULT 0,
        total_items INTEGER NOT NULL DEFAULT 0,
        error_code TEXT,
        error_message TEXT,
        request_id TEXT
    );
    CREATE INDEX jobs_kind_state ON jobs(kind, state);
    CREATE TABLE items (
        id INTEGER PRIMARY KEY,
        job_id INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        state TEXT NOT NULL,
        source TEXT NOT NULL,
        destination TEXT NOT NULL,
        size INTEGER NOT NULL DEFAULT 0,
        mtime_ns INTEGER,
        done_bytes INTEGER NOT NULL DEFAULT 0,
        mode TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        upload_id TEXT,
        part_size INTEGER,
        fingerprint TEXT,
        crc64 TEXT,
        etag TEXT,
        result TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        error_code TEXT,
        error_message TEXT,
        request_id TEXT,
        started_at REAL,
        finished_at REAL
    );
    CREATE INDEX items_job_state ON items(job_id, state, seq);
    CREATE TABLE parts (
        item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
        part_number INTEGER NOT NULL,
        offset INTEGER NOT NULL,
        length INTEGER NOT NULL,
        sent_bytes INTEGER NOT NULL DEFAULT 0,
        etag TEXT,
        crc64 TEXT,
        input_crc64 TEXT,
        PRIMARY KEY (item_id, part_number)
    );
    """,
    # 2: the saved input layout of a compressed upload (folder snapshot), to resume exactly
    """
    CREATE TABLE item_sources (
        item_id INTEGER PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
        data TEXT NOT NULL
    );
    """,
    # 3: which process runs a job (its lock file says whether it is alive), and which part of a
    # compressed upload carries the trailer (a resume must not add a second one)
    """
    ALTER TABLE jobs ADD COLUMN runner TEXT;
    ALTER TABLE parts ADD COLUMN trailer INTEGER NOT NULL DEFAULT 0;
    """,
    # 4: a job being planned is in state 'planning', no longer a flag among its JSON options
    # (an unfinished one becomes 'planning', which the next start fails as interrupted)
    """
    UPDATE jobs SET state = 'planning'
        WHERE json_extract(options, '$.planning') AND state IN ('queued', 'running', 'paused');
    UPDATE jobs SET options = json_remove(options, '$.planning')
        WHERE json_extract(options, '$.planning') IS NOT NULL;
    """,
    # 5: what a download item decompresses to (Gene Desk's x-cos-meta-gd-size), read from the
    # object's headers when it runs: the transfer list shows the size of the file the user gets
    """
    ALTER TABLE items ADD COLUMN original_size INTEGER;
    """,
]
SCHEMA_VERSION = len(MIGRATIONS)
