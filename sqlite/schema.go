package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// migrations are the schema changes, in order; migrations[i] brings the
// schema from version i to version i+1. Never edit a released migration:
// append a new one.
var migrations = []string{
	// 1: documents, deduplicated events, mentions, full-text evidence.
	`
CREATE TABLE documents (
	doc       INTEGER PRIMARY KEY,
	id        TEXT    NOT NULL UNIQUE,
	text      TEXT    NOT NULL,
	published TEXT    NOT NULL DEFAULT '',
	lang      TEXT    NOT NULL DEFAULT '',
	url       TEXT    NOT NULL DEFAULT '',
	title     TEXT    NOT NULL DEFAULT '',
	host      TEXT    NOT NULL,             -- source site: URL host, or 'doc:'||id
	hash      TEXT    NOT NULL UNIQUE,      -- SHA-256 of text, hex
	ingested  INTEGER NOT NULL,             -- unix milliseconds
	events    INTEGER NOT NULL DEFAULT 0    -- events coded from it
);

CREATE TABLE events (
	id             INTEGER PRIMARY KEY,
	date           TEXT    NOT NULL,           -- YYYY-MM-DD or ''
	scope          INTEGER NOT NULL DEFAULT 0, -- 0, or the document of an undated event
	src_key        TEXT    NOT NULL,
	tgt_key        TEXT    NOT NULL,
	cameo          TEXT    NOT NULL,
	root           TEXT    NOT NULL,
	quad           INTEGER NOT NULL,
	goldstein      REAL    NOT NULL,
	plover         TEXT    NOT NULL,
	plover_mode    TEXT    NOT NULL,
	date_precision TEXT    NOT NULL,
	src_text TEXT NOT NULL, src_name TEXT NOT NULL, src_code TEXT NOT NULL,
	src_country TEXT NOT NULL, src_igo TEXT NOT NULL, src_sector TEXT NOT NULL,
	tgt_text TEXT NOT NULL, tgt_name TEXT NOT NULL, tgt_code TEXT NOT NULL,
	tgt_country TEXT NOT NULL, tgt_igo TEXT NOT NULL, tgt_sector TEXT NOT NULL,
	loc_name       TEXT,                       -- NULL: no location
	loc_country    TEXT,
	num_mentions   INTEGER NOT NULL,
	num_sources    INTEGER NOT NULL DEFAULT 0,
	num_articles   INTEGER NOT NULL,
	added          INTEGER NOT NULL,           -- unix milliseconds
	source_url     TEXT    NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX events_key   ON events (src_key, tgt_key, cameo, date, scope);
-- the indexes of actors and dates cover the timeline and aggregates
CREATE INDEX events_dyad     ON events (src_key, tgt_key, date, quad, goldstein, num_mentions);
CREATE INDEX events_src      ON events (src_key, date, tgt_key, quad, goldstein, num_mentions);
CREATE INDEX events_tgt      ON events (tgt_key, date, src_key, quad, goldstein, num_mentions);
CREATE INDEX events_date     ON events (date, src_key, tgt_key, quad, goldstein, num_mentions);
CREATE INDEX events_src_code ON events (src_code, date);
CREATE INDEX events_tgt_code ON events (tgt_code, date);
CREATE INDEX events_cameo    ON events (cameo, date);
CREATE INDEX events_quad     ON events (quad, date);
CREATE INDEX events_plover   ON events (plover, date);
CREATE INDEX events_mentions     ON events (num_mentions);

-- the distinct source sites of each event, for num_sources
CREATE TABLE event_sources (
	event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
	host     TEXT    NOT NULL,
	PRIMARY KEY (event_id, host)
) WITHOUT ROWID;
CREATE TRIGGER event_sources_count AFTER INSERT ON event_sources BEGIN
	UPDATE events SET num_sources = num_sources + 1 WHERE id = new.event_id;
END;

CREATE TABLE mentions (
	id        INTEGER PRIMARY KEY,
	event_id  INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
	doc       INTEGER NOT NULL REFERENCES documents (doc) ON DELETE CASCADE,
	sentence  INTEGER NOT NULL,
	ev_start  INTEGER NOT NULL,
	ev_end    INTEGER NOT NULL,
	ev_text   TEXT    NOT NULL,
	lang      TEXT    NOT NULL,
	rule      TEXT    NOT NULL
);
CREATE INDEX mentions_event ON mentions (event_id, lang);
CREATE INDEX mentions_doc   ON mentions (doc, event_id);

CREATE VIRTUAL TABLE mention_text USING fts5 (
	ev_text, content = 'mentions', content_rowid = 'id',
	tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER mentions_ai AFTER INSERT ON mentions BEGIN
	INSERT INTO mention_text (rowid, ev_text) VALUES (new.id, new.ev_text);
END;
CREATE TRIGGER mentions_ad AFTER DELETE ON mentions BEGIN
	INSERT INTO mention_text (mention_text, rowid, ev_text) VALUES ('delete', old.id, old.ev_text);
END;

-- the names each actor key is given, to name actors in aggregates
CREATE TABLE actor_names (
	key     TEXT    NOT NULL,
	name    TEXT    NOT NULL,
	n_plain INTEGER NOT NULL DEFAULT 0, -- mentions as the bare country or organisation (no sector)
	n       INTEGER NOT NULL DEFAULT 0, -- all mentions
	PRIMARY KEY (key, name)
) WITHOUT ROWID;
`,
}

// migrate brings the schema of db to the current version, one migration per
// transaction, recording each in the schema_version table.
func migrate(ctx context.Context, db *sql.DB) error {
	if _, err := db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (
		version INTEGER PRIMARY KEY,
		applied INTEGER NOT NULL
	)`); err != nil {
		return fmt.Errorf("create schema_version: %w", err)
	}
	v, err := schemaVersion(ctx, db)
	if err != nil {
		return err
	}
	if v > len(migrations) {
		return fmt.Errorf("schema version %d is newer than this program (%d)", v, len(migrations))
	}
	for i := v; i < len(migrations); i++ {
		tx, err := db.BeginTx(ctx, nil)
		if err != nil {
			return fmt.Errorf("migrate to version %d: %w", i+1, err)
		}
		// another process may have migrated while we waited for the lock
		var cur int
		if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(version), 0) FROM schema_version`).Scan(&cur); err != nil {
			tx.Rollback()
			return fmt.Errorf("migrate to version %d: %w", i+1, err)
		}
		if cur > i {
			tx.Rollback()
			continue
		}
		if _, err := tx.ExecContext(ctx, migrations[i]); err != nil {
			tx.Rollback()
			return fmt.Errorf("migrate to version %d: %w", i+1, err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO schema_version (version, applied) VALUES (?, ?)`,
			i+1, time.Now().UnixMilli()); err != nil {
			tx.Rollback()
			return fmt.Errorf("migrate to version %d: %w", i+1, err)
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("migrate to version %d: %w", i+1, err)
		}
	}
	return nil
}

// schemaVersion returns the version of the schema, 0 for an empty database.
func schemaVersion(ctx context.Context, db *sql.DB) (int, error) {
	var n int
	err := db.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'schema_version'`).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("read schema version: %w", err)
	}
	if n == 0 {
		return 0, nil
	}
	var v int
	if err := db.QueryRowContext(ctx, `SELECT coalesce(max(version), 0) FROM schema_version`).Scan(&v); err != nil {
		return 0, fmt.Errorf("read schema version: %w", err)
	}
	return v, nil
}
