// Package sqlite is the embedded dyad.Store: one SQLite file (modernc.org/sqlite,
// pure Go) holding documents, deduplicated events, their mentions and a
// full-text index of the evidence.
//
// The database runs in WAL mode with a busy timeout and foreign keys on.
// Writes go through a single connection, one transaction per document (or
// per batch of documents), so a process killed at any moment leaves every
// document either wholly stored or absent, and running the same ingest again
// completes the work: a text already stored is skipped. Reads use a pool of
// connections and run concurrently with the writer.
//
// Filters (dyad.Filter): an actor value "IGO:<id>" or of three letters is
// an actor key, any other a CAMEO actor code ("RUSGOV") or an organisation
// id ("NATO"); CAMEO is a code or code prefix; From and To leave undated
// events out; Text is words that must all occur in one mention's evidence,
// case and diacritics ignored, "word*" a prefix. Invalid values are errors
// wrapping dyad.ErrBadFilter; values are always SQL parameters.
//
// An event is deduplicated on (date, source actor key, target actor key,
// CAMEO code), the actor key being dyad.Actor.Key(). Events without a date
// are deduplicated within their document only: two undated reports cannot be
// said to tell of the same day. The stored event keeps the first mention's
// actors, location and date precision.
package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"runtime"
	"sync"
	"time"

	"github.com/dyad-events/dyad"
	_ "modernc.org/sqlite" // the database/sql driver "sqlite"
)

// DB is an event store in one SQLite file. It implements dyad.Store and is
// safe for concurrent use.
type DB struct {
	path     string
	w        *sql.DB     // the writer: one connection, BEGIN IMMEDIATE; nil when read-only
	r        *sql.DB     // the readers
	stmts    []*sql.Stmt // the write statements, on w
	readOnly bool
	now      func() time.Time

	closeOnce sync.Once
	closeErr  error
}

var _ dyad.Store = (*DB)(nil)

// ErrReadOnly reports a write to a store opened with OpenReadOnly.
var ErrReadOnly = errors.New("store is read-only")

const busyTimeout = 10 * time.Second

func dsn(path string, readOnly bool, immediate bool) string {
	q := url.Values{}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", busyTimeout.Milliseconds()))
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Add("_pragma", "cache_size(-32000)")
	q.Add("_pragma", "temp_store(MEMORY)")
	if readOnly {
		q.Set("mode", "ro")
		q.Add("_pragma", "query_only(1)")
	}
	if immediate {
		q.Set("_txlock", "immediate")
	}
	u := url.URL{Scheme: "file", Opaque: (&url.URL{Path: path}).EscapedPath(), RawQuery: q.Encode()}
	return u.String()
}

// Open opens the store at path, creating the file when it does not exist
// and migrating its schema to the current version.
func Open(path string) (*DB, error) {
	w, err := sql.Open("sqlite", dsn(path, false, true))
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	w.SetMaxOpenConns(1)
	w.SetMaxIdleConns(1)
	w.SetConnMaxLifetime(0)
	w.SetConnMaxIdleTime(0)
	ctx := context.Background()
	if _, err := w.ExecContext(ctx, "PRAGMA journal_mode=WAL"); err != nil {
		w.Close()
		return nil, fmt.Errorf("open %s: set WAL: %w", path, err)
	}
	if err := migrate(ctx, w); err != nil {
		w.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	stmts, err := prepareWrites(ctx, w)
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	r, err := openReaders(path, false)
	if err != nil {
		w.Close()
		return nil, err
	}
	return &DB{path: path, w: w, r: r, stmts: stmts, now: time.Now}, nil
}

// OpenReadOnly opens an existing store for queries only. Its schema must be
// at the current version (open it once with Open to migrate it); Ingest
// returns ErrReadOnly.
func OpenReadOnly(path string) (*DB, error) {
	r, err := openReaders(path, true)
	if err != nil {
		return nil, err
	}
	v, err := schemaVersion(context.Background(), r)
	if err != nil {
		r.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	if v != len(migrations) {
		r.Close()
		return nil, fmt.Errorf("open %s: schema version %d, want %d (open it for writing to migrate)", path, v, len(migrations))
	}
	return &DB{path: path, r: r, readOnly: true, now: time.Now}, nil
}

func openReaders(path string, readOnly bool) (*sql.DB, error) {
	r, err := sql.Open("sqlite", dsn(path, readOnly, false))
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	n := max(4, runtime.GOMAXPROCS(0))
	r.SetMaxOpenConns(n)
	r.SetMaxIdleConns(n)
	if err := r.PingContext(context.Background()); err != nil {
		r.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return r, nil
}

// Path returns the file the store was opened from.
func (db *DB) Path() string { return db.path }

// Close releases the store: the planner's statistics are refreshed and the
// write-ahead log is folded into the database file. Closing twice is a
// no-op.
func (db *DB) Close() error {
	db.closeOnce.Do(func() { db.closeErr = db.close() })
	return db.closeErr
}

func (db *DB) close() error {
	var errs []error
	if db.r != nil {
		errs = append(errs, db.r.Close())
	}
	if db.w != nil {
		for _, s := range db.stmts {
			errs = append(errs, s.Close())
		}
		_, err := db.w.Exec("PRAGMA analysis_limit = 1000")
		errs = append(errs, err)
		_, err = db.w.Exec("PRAGMA optimize")
		errs = append(errs, err)
		_, err = db.w.Exec("PRAGMA wal_checkpoint(TRUNCATE)")
		errs = append(errs, err, db.w.Close())
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("close %s: %w", db.path, err)
	}
	return nil
}
