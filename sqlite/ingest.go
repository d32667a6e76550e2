package sqlite

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/dyad-events/dyad"
)

// Item is one document and the events coded from it, for IngestBatch.
type Item struct {
	Doc    dyad.Document
	Events []dyad.Event
}

// Result says what IngestBatch did with one item.
type Result struct {
	ID     string // the id the document is stored under ("" when not stored)
	Stored bool   // false: the same text was already stored, or Err
	Err    error  // the document was rejected and nothing of it stored
}

// Ingest stores a document and its events in one transaction. A document
// whose text is already stored (same SHA-256) is skipped and Ingest returns
// false. A document with no id is stored as "doc-" and the first 12 hex
// digits of its hash; a document whose id is already taken by a different
// text is stored as "<id>~2" (or "~3", ... the first free one); IngestBatch
// reports the id used.
func (db *DB) Ingest(ctx context.Context, doc dyad.Document, events []dyad.Event) (bool, error) {
	res, err := db.IngestBatch(ctx, []Item{{Doc: doc, Events: events}})
	if err != nil {
		return false, err
	}
	return res[0].Stored, res[0].Err
}

// IngestBatch stores many documents in one transaction, for throughput.
// Each document is still all or nothing: a document with an invalid event,
// or one the database refuses, is rejected with its Result.Err and the
// others are stored. The returned error is set when the transaction as a
// whole failed (or ctx ended), and then nothing of the batch is stored.
func (db *DB) IngestBatch(ctx context.Context, items []Item) ([]Result, error) {
	if db.readOnly {
		return nil, fmt.Errorf("ingest: %w", ErrReadOnly)
	}
	res := make([]Result, len(items))
	// validate and prepare outside the write lock
	prep := make([]*prepared, len(items))
	for i, it := range items {
		p, err := prepare(it)
		if err != nil {
			res[i].Err = fmt.Errorf("ingest %q: %w", it.Doc.ID, err)
			continue
		}
		prep[i] = p
	}
	// All documents in one transaction. Should one fail in the database
	// (they are validated already, so this is rare), the batch is rolled
	// back and written again with a savepoint per document, so that the
	// others are stored. A single document is the transaction itself.
	failed, err := db.write(ctx, prep, res, false)
	if err == nil && failed && len(items) > 1 {
		for i := range res {
			if prep[i] != nil {
				res[i] = Result{}
			}
		}
		_, err = db.write(ctx, prep, res, true)
	}
	if err != nil {
		return nil, err
	}
	return res, nil
}

// write stores the prepared documents in one transaction and fills their
// results. Without savepoints, the first document that fails rolls the
// transaction back and write returns failed; with them, a document that
// fails is rolled back alone.
func (db *DB) write(ctx context.Context, prep []*prepared, res []Result, save bool) (failed bool, err error) {
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return false, fmt.Errorf("ingest: begin: %w", err)
	}
	defer tx.Rollback()
	w := &writer{ctx: ctx, now: db.now().UnixMilli()}
	for i, st := range db.stmts {
		w.st[i] = tx.StmtContext(ctx, st)
		defer w.st[i].Close()
	}
	for i, p := range prep {
		if p == nil {
			continue
		}
		if save {
			if _, err := tx.ExecContext(ctx, "SAVEPOINT doc"); err != nil {
				return false, fmt.Errorf("ingest: %w", err)
			}
		}
		id, stored, err := w.store(p)
		if ctx.Err() != nil {
			return false, fmt.Errorf("ingest: %w", ctx.Err())
		}
		if err != nil {
			res[i].Err = fmt.Errorf("ingest %q: %w", p.doc.ID, err)
			if !save {
				return true, nil // the deferred rollback undoes the batch
			}
			if _, err2 := tx.ExecContext(ctx, "ROLLBACK TO doc"); err2 != nil {
				return false, fmt.Errorf("ingest %q: %w (roll back: %v)", p.doc.ID, err, err2)
			}
		} else {
			res[i].ID, res[i].Stored = id, stored
		}
		if save {
			if _, err := tx.ExecContext(ctx, "RELEASE doc"); err != nil {
				return false, fmt.Errorf("ingest: %w", err)
			}
		}
	}
	if err := tx.Commit(); err != nil {
		return false, fmt.Errorf("ingest: commit: %w", err)
	}
	return false, nil
}

// prepared is a validated document with its events grouped by key.
type prepared struct {
	doc    dyad.Document
	hash   string
	groups []*group
	events int // mentions after dropping exact repeats
	names  map[[2]string][2]int
}

// group is the mentions one document gives of one event key.
type group struct {
	date, src, tgt, cameo string
	first                 dyad.Event // the first mention: its attributes are the event's
	mentions              []dyad.Event
}

// prepare validates an item and groups its events by deduplication key.
// A mention repeated exactly (same sentence, evidence and key) counts once.
func prepare(it Item) (*prepared, error) {
	sum := sha256.Sum256([]byte(it.Doc.Text))
	p := &prepared{doc: it.Doc, hash: hex.EncodeToString(sum[:]), names: map[[2]string][2]int{}}
	type mkey struct {
		date, src, tgt, cameo string
		sent, start, end      int
	}
	byKey := map[[4]string]*group{}
	seen := map[mkey]bool{}
	for i, e := range it.Events {
		if err := checkEvent(&e); err != nil {
			return nil, fmt.Errorf("event %d: %w", i, err)
		}
		date := ""
		if e.Date != nil {
			date = *e.Date
		}
		k := [4]string{date, e.Source.Key(), e.Target.Key(), e.CAMEO}
		mk := mkey{k[0], k[1], k[2], k[3], e.Sentence, e.Evidence.Start, e.Evidence.End}
		if seen[mk] {
			continue
		}
		seen[mk] = true
		g := byKey[k]
		if g == nil {
			g = &group{date: k[0], src: k[1], tgt: k[2], cameo: k[3], first: e}
			byKey[k] = g
			p.groups = append(p.groups, g)
		}
		g.mentions = append(g.mentions, e)
		p.events++
		for _, a := range []dyad.Actor{e.Source, e.Target} {
			if a.Key() == "" || a.Name == "" {
				continue
			}
			c := p.names[[2]string{a.Key(), a.Name}]
			c[1]++
			if a.Sector == "" {
				c[0]++
			}
			p.names[[2]string{a.Key(), a.Name}] = c
		}
	}
	return p, nil
}

// checkEvent validates an event and fills its root.
func checkEvent(e *dyad.Event) error {
	if !isDigits(e.CAMEO) || len(e.CAMEO) < 2 || len(e.CAMEO) > 4 {
		return fmt.Errorf("%w: CAMEO code %q", dyad.ErrMalformed, e.CAMEO)
	}
	if e.Root == "" {
		e.Root = e.CAMEO[:2]
	}
	if e.Date != nil && *e.Date != "" {
		if _, err := time.Parse(time.DateOnly, *e.Date); err != nil {
			return fmt.Errorf("%w: date %q", dyad.ErrMalformed, *e.Date)
		}
	}
	if e.Quad < 0 || e.Quad > 4 {
		return fmt.Errorf("%w: quad %d", dyad.ErrMalformed, e.Quad)
	}
	if e.Evidence.Start < 0 || e.Evidence.End < e.Evidence.Start {
		return fmt.Errorf("%w: evidence [%d,%d)", dyad.ErrMalformed, e.Evidence.Start, e.Evidence.End)
	}
	return nil
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// sourceHost returns the site a URL belongs to: its host in lower case
// without "www.", or "" when there is none.
func sourceHost(u string) string {
	if u == "" {
		return ""
	}
	pu, err := url.Parse(strings.TrimSpace(u))
	if err != nil {
		return ""
	}
	h := strings.ToLower(pu.Hostname())
	return strings.TrimPrefix(h, "www.")
}

// The write statements, prepared once on the writer connection.
const (
	stHash = iota
	stID
	stDoc
	stEvent
	stSource
	stMention
	stName
	numStmts
)

var writeSQL = [numStmts]string{
	stHash: `SELECT 1 FROM documents WHERE hash = ?`,
	stID:   `SELECT 1 FROM documents WHERE id = ?`,
	stDoc: `INSERT INTO documents (id, text, published, lang, url, title, host, hash, ingested, events)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING doc`,
	stEvent: `INSERT INTO events (date, scope, src_key, tgt_key, cameo, root, quad, goldstein,
			plover, plover_mode, date_precision,
			src_text, src_name, src_code, src_country, src_igo, src_sector,
			tgt_text, tgt_name, tgt_code, tgt_country, tgt_igo, tgt_sector,
			loc_name, loc_country, num_mentions, num_articles, added, source_url)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)
		ON CONFLICT (src_key, tgt_key, cameo, date, scope) DO UPDATE SET
			num_mentions = num_mentions + excluded.num_mentions,
			num_articles = num_articles + 1
		RETURNING id`,
	stSource: `INSERT OR IGNORE INTO event_sources (event_id, host) VALUES (?, ?)`,
	stMention: `INSERT INTO mentions (event_id, doc, sentence, ev_start, ev_end, ev_text, lang, rule)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
	stName: `INSERT INTO actor_names (key, name, n_plain, n) VALUES (?, ?, ?, ?)
		ON CONFLICT (key, name) DO UPDATE SET n_plain = n_plain + excluded.n_plain, n = n + excluded.n`,
}

// prepareWrites prepares the write statements on the writer.
func prepareWrites(ctx context.Context, w *sql.DB) ([]*sql.Stmt, error) {
	out := make([]*sql.Stmt, numStmts)
	for i, q := range writeSQL {
		s, err := w.PrepareContext(ctx, q)
		if err != nil {
			for _, s := range out[:i] {
				s.Close()
			}
			return nil, fmt.Errorf("prepare: %w", err)
		}
		out[i] = s
	}
	return out, nil
}

// writer stores prepared documents in a transaction.
type writer struct {
	ctx context.Context
	st  [numStmts]*sql.Stmt // bound to the transaction
	now int64
}

const maxIDSuffix = 10000

// store writes one document and its events; stored is false when the text
// is already there.
func (w *writer) store(p *prepared) (id string, stored bool, err error) {
	ctx := w.ctx
	var one int
	switch err := w.st[stHash].QueryRowContext(ctx, p.hash).Scan(&one); {
	case err == nil:
		return "", false, nil
	case !errors.Is(err, sql.ErrNoRows):
		return "", false, fmt.Errorf("look up hash: %w", err)
	}
	id, err = w.freeID(p)
	if err != nil {
		return "", false, err
	}
	host := sourceHost(p.doc.URL)
	if host == "" {
		host = "doc:" + id
	}
	d := p.doc
	var doc int64
	if err := w.st[stDoc].QueryRowContext(ctx, id, d.Text, d.Published, d.Lang, d.URL, d.Title, host, p.hash, w.now, p.events).Scan(&doc); err != nil {
		return "", false, fmt.Errorf("insert document: %w", err)
	}
	for _, g := range p.groups {
		e := g.first
		scope := int64(0)
		if g.date == "" {
			scope = doc
		}
		var locName, locCountry any
		if e.Location != nil {
			locName, locCountry = e.Location.Name, e.Location.Country
		}
		prec := e.DatePrecision
		if g.date == "" {
			prec = ""
		}
		var eid int64
		err := w.st[stEvent].QueryRowContext(ctx,
			g.date, scope, g.src, g.tgt, g.cameo, e.Root, e.Quad, e.Goldstein,
			e.Plover.Type, e.Plover.Mode, prec,
			e.Source.Text, e.Source.Name, e.Source.Code, e.Source.Country, e.Source.IGO, e.Source.Sector,
			e.Target.Text, e.Target.Name, e.Target.Code, e.Target.Country, e.Target.IGO, e.Target.Sector,
			locName, locCountry, len(g.mentions), w.now, d.URL).Scan(&eid)
		if err != nil {
			return "", false, fmt.Errorf("upsert event: %w", err)
		}
		if _, err := w.st[stSource].ExecContext(ctx, eid, host); err != nil {
			return "", false, fmt.Errorf("insert event source: %w", err)
		}
		for _, m := range g.mentions {
			lang := m.Lang
			if lang == "" {
				lang = d.Lang
			}
			if _, err := w.st[stMention].ExecContext(ctx, eid, doc, m.Sentence, m.Evidence.Start, m.Evidence.End, m.Evidence.Text, lang, m.Rule); err != nil {
				return "", false, fmt.Errorf("insert mention: %w", err)
			}
		}
	}
	for k, c := range p.names {
		if _, err := w.st[stName].ExecContext(ctx, k[0], k[1], c[0], c[1]); err != nil {
			return "", false, fmt.Errorf("count actor names: %w", err)
		}
	}
	return id, true, nil
}

// freeID returns the id to store a new document under.
func (w *writer) freeID(p *prepared) (string, error) {
	base := p.doc.ID
	if base == "" {
		base = "doc-" + p.hash[:12]
	}
	id := base
	for n := 2; n <= maxIDSuffix; n++ {
		var one int
		err := w.st[stID].QueryRowContext(w.ctx, id).Scan(&one)
		if errors.Is(err, sql.ErrNoRows) {
			return id, nil
		}
		if err != nil {
			return "", fmt.Errorf("look up id: %w", err)
		}
		id = base + "~" + strconv.Itoa(n)
	}
	return "", fmt.Errorf("look up id: %q taken %d times", base, maxIDSuffix)
}
