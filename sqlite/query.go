package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dyad-events/dyad"
)

// Page sizes of Events, Dyads and Actors.
const (
	DefaultLimit = 100  // when Filter.Limit is 0
	MaxLimit     = 1000 // larger limits are cut to this
	// MaxMentions is the most mentions an event carries in a page of
	// Events; StoredEvent.NumMentions gives them all.
	MaxMentions = 20
)

// Filter value limits.
const (
	maxTextLen  = 500
	maxValueLen = 64
	maxDocIDLen = 1024
	maxOffset   = 1 << 40
)

// cond is a compiled filter: the events it selects are the union of
// disjoint branches, each a WHERE clause on events with its arguments. A
// filter on an actor as source or target has two branches (the actor as
// source; as target and not source), so each branch reads one index range
// and the rows are never counted twice.
type cond struct {
	branches []string
	args     [][]any
	limit    int
}

// from returns a FROM source that yields cols of the selected events.
func (c cond) from(cols string) (string, []any) {
	var q []string
	var args []any
	for i, b := range c.branches {
		q = append(q, "SELECT "+cols+" FROM events WHERE "+b)
		args = append(args, c.args[i]...)
	}
	return "(" + strings.Join(q, " UNION ALL ") + ")", args
}

func badFilter(format string, args ...any) error {
	return fmt.Errorf("%w: %s", dyad.ErrBadFilter, fmt.Sprintf(format, args...))
}

// compile validates f and turns it into SQL over the events table. Every
// value is passed as a parameter, never spliced into the statement.
func compile(f dyad.Filter) (cond, error) {
	var where []string
	var args []any
	add := func(w string, a ...any) {
		where = append(where, w)
		args = append(args, a...)
	}
	from, to, err := dateRange(f)
	if err != nil {
		return cond{}, err
	}
	if from != "" {
		add("date BETWEEN ? AND ?", from, to)
	}
	// the actor as source or target: its two sides
	var src, tgt, notSrc string
	var srcArgs, tgtArgs, notSrcArgs []any
	if f.Actor != "" {
		alts, err := actorAlts(f.Actor, "actor")
		if err != nil {
			return cond{}, err
		}
		src, srcArgs = sideCond("src", alts, from, to)
		tgt, tgtArgs = sideCond("tgt", alts, from, to)
		notSrc, notSrcArgs = sideCond("src", alts, "", "")
	}
	for _, a := range []struct{ v, side, what string }{{f.Source, "src", "source"}, {f.Target, "tgt", "target"}} {
		if a.v == "" {
			continue
		}
		alts, err := actorAlts(a.v, a.what)
		if err != nil {
			return cond{}, err
		}
		c, ca := sideCond(a.side, alts, from, to)
		add(c, ca...)
	}
	if f.CAMEO != "" {
		if !isDigits(f.CAMEO) || len(f.CAMEO) < 2 || len(f.CAMEO) > 4 {
			return cond{}, badFilter("CAMEO code %q: want 2 to 4 digits", clip(f.CAMEO))
		}
		add("cameo >= ? AND cameo < ?", f.CAMEO, f.CAMEO+":") // ':' follows '9'
	}
	if f.Quad != 0 {
		if f.Quad < 1 || f.Quad > 4 {
			return cond{}, badFilter("quad %d: want 1 to 4", f.Quad)
		}
		add("quad = ?", f.Quad)
	}
	if f.Plover != "" {
		p := strings.ToUpper(strings.TrimSpace(f.Plover))
		if !validWord(p, "_ -") {
			return cond{}, badFilter("PLOVER type %q", clip(f.Plover))
		}
		add("plover = ?", p)
	}
	if from != "" {
		add("date BETWEEN ? AND ?", from, to)
	}
	if f.Lang != "" {
		l := strings.ToLower(strings.TrimSpace(f.Lang))
		if len(l) < 2 || len(l) > 3 || !validWord(l, "") {
			return cond{}, badFilter("language %q: want an ISO 639-1 code", clip(f.Lang))
		}
		add("EXISTS (SELECT 1 FROM mentions WHERE event_id = events.id AND lang = ?)", l)
	}
	if strings.TrimSpace(f.Text) != "" {
		q, err := ftsQuery(f.Text)
		if err != nil {
			return cond{}, err
		}
		add("id IN (SELECT m.event_id FROM mention_text JOIN mentions m ON m.id = mention_text.rowid WHERE mention_text MATCH ?)", q)
	}
	if f.DocID != "" {
		if len(f.DocID) > maxDocIDLen || !utf8.ValidString(f.DocID) {
			return cond{}, badFilter("document id too long or not UTF-8")
		}
		add("id IN (SELECT event_id FROM mentions WHERE doc = (SELECT doc FROM documents WHERE id = ?))", f.DocID)
	}
	if f.MinMentions != 0 {
		if f.MinMentions < 0 {
			return cond{}, badFilter("min mentions %d: want 0 or more", f.MinMentions)
		}
		add("num_mentions >= ?", f.MinMentions)
	}
	limit := f.Limit
	switch {
	case limit < 0:
		return cond{}, badFilter("limit %d: want 0 or more", limit)
	case limit == 0:
		limit = DefaultLimit
	case limit > MaxLimit:
		limit = MaxLimit
	}
	if f.Offset < 0 || f.Offset > maxOffset {
		return cond{}, badFilter("offset %d: want 0 to %d", f.Offset, maxOffset)
	}
	c := cond{limit: limit}
	branch := func(w []string, a []any) {
		if len(w) == 0 {
			w = []string{"1"}
		}
		c.branches = append(c.branches, strings.Join(w, " AND "))
		c.args = append(c.args, a)
	}
	if src == "" {
		branch(where, args)
	} else {
		branch(append([]string{src}, where...), append(append([]any{}, srcArgs...), args...))
		branch(append([]string{tgt, "NOT " + notSrc}, where...), append(append(append([]any{}, tgtArgs...), notSrcArgs...), args...))
	}
	return c, nil
}

// sideCond matches actor alternatives on one side ("src" or "tgt") within
// the date range, if any: each alternative is one index range.
func sideCond(side string, alts [][2]string, from, to string) (string, []any) {
	var terms []string
	var args []any
	for _, a := range alts {
		t := side + "_" + a[0] + " = ?"
		args = append(args, a[1])
		if from != "" {
			t += " AND date BETWEEN ? AND ?"
			args = append(args, from, to)
		}
		terms = append(terms, t)
	}
	return "((" + strings.Join(terms, ") OR (") + "))", args
}

// dateRange validates the dates of f and returns the range they select,
// "" when there is none.
func dateRange(f dyad.Filter) (from, to string, err error) {
	if f.From == "" && f.To == "" {
		return "", "", nil
	}
	from, to = "0000-01-01", "9999-12-31"
	if f.From != "" {
		if !validDate(f.From) {
			return "", "", badFilter("from %q: want YYYY-MM-DD", clip(f.From))
		}
		from = f.From
	}
	if f.To != "" {
		if !validDate(f.To) {
			return "", "", badFilter("to %q: want YYYY-MM-DD", clip(f.To))
		}
		to = f.To
	}
	if from > to {
		return "", "", badFilter("from %s is after to %s", from, to)
	}
	return from, to, nil
}

// actorAlts returns what an actor value may match, as (column suffix,
// value) pairs. A value "IGO:<id>" or of three letters (an ISO3 country,
// which is also its CAMEO code) is an actor key; any other is a CAMEO actor
// code ("RUSGOV", "IGOUNO") or an organisation id ("UN", "NATO").
func actorAlts(v, what string) ([][2]string, error) {
	k := strings.ToUpper(strings.TrimSpace(v))
	if len(k) > maxValueLen || !validWord(k, ":_-.") {
		return nil, badFilter("%s %q: want an actor key or code", what, clip(v))
	}
	if strings.HasPrefix(k, "IGO:") || len(k) == 3 && validWord(k, "") && !isDigits(k) {
		return [][2]string{{"key", k}}, nil
	}
	return [][2]string{{"code", k}, {"key", "IGO:" + k}}, nil
}

// validWord reports whether s is letters, digits and the extra bytes.
func validWord(s, extra string) bool {
	if s == "" || len(s) > maxValueLen {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'A' <= c && c <= 'Z', 'a' <= c && c <= 'z', '0' <= c && c <= '9':
		case strings.IndexByte(extra, c) >= 0:
		default:
			return false
		}
	}
	return true
}

func validDate(s string) bool {
	if len(s) != 10 {
		return false
	}
	_, err := time.Parse(time.DateOnly, s)
	return err == nil
}

// clip shortens a bad value for an error message.
func clip(s string) string {
	if len(s) <= 40 {
		return s
	}
	for i := 40; i > 0; i-- {
		if utf8.RuneStart(s[i]) {
			return s[:i] + "..."
		}
	}
	return "..."
}

// ftsQuery turns search words into an FTS5 query: every word must occur
// (in any order, diacritics and case ignored); a word ending in '*' is a
// prefix. Each word is a quoted string, so FTS5 operators in the input are
// plain text.
func ftsQuery(text string) (string, error) {
	if len(text) > maxTextLen || !utf8.ValidString(text) {
		return "", badFilter("text search: over %d bytes or not UTF-8", maxTextLen)
	}
	var terms []string
	for _, w := range strings.Fields(text) {
		prefix := strings.HasSuffix(w, "*")
		w = strings.Trim(w, "*")
		if !hasWordRune(w) {
			continue
		}
		t := `"` + strings.ReplaceAll(w, `"`, `""`) + `"`
		if prefix {
			t += "*"
		}
		terms = append(terms, t)
	}
	if len(terms) == 0 {
		return "", badFilter("text search %q: no words", clip(text))
	}
	return strings.Join(terms, " "), nil
}

func hasWordRune(s string) bool {
	for _, r := range s {
		if r >= utf8.RuneSelf || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' {
			return true
		}
	}
	return false
}

// eventCols are the columns scanEvent reads, in order.
const eventCols = `events.id, date, date_precision, cameo, root, quad, goldstein, plover, plover_mode,
	src_text, src_name, src_code, src_country, src_igo, src_sector,
	tgt_text, tgt_name, tgt_code, tgt_country, tgt_igo, tgt_sector,
	loc_name, loc_country, num_mentions, num_sources, num_articles, added, source_url`

type scanner interface{ Scan(dest ...any) error }

func scanEvent(s scanner, extra ...any) (dyad.StoredEvent, error) {
	var e dyad.StoredEvent
	var locName, locCountry sql.NullString
	var added int64
	dest := []any{&e.ID, &e.Date, &e.DatePrecision, &e.CAMEO, &e.Root, &e.Quad, &e.Goldstein, &e.Plover.Type, &e.Plover.Mode,
		&e.Source.Text, &e.Source.Name, &e.Source.Code, &e.Source.Country, &e.Source.IGO, &e.Source.Sector,
		&e.Target.Text, &e.Target.Name, &e.Target.Code, &e.Target.Country, &e.Target.IGO, &e.Target.Sector,
		&locName, &locCountry, &e.NumMentions, &e.NumSources, &e.NumArticles, &added, &e.SourceURL}
	if err := s.Scan(append(dest, extra...)...); err != nil {
		return e, err
	}
	if locName.Valid {
		e.Location = &dyad.Location{Name: locName.String, Country: locCountry.String}
	}
	e.Added = time.UnixMilli(added).UTC()
	return e, nil
}

// Events returns one page of the deduplicated events that match f, newest
// first (undated events last), each with its first MaxMentions mentions.
// Limit defaults to DefaultLimit and is cut to MaxLimit.
func (db *DB) Events(ctx context.Context, f dyad.Filter) (dyad.EventPage, error) {
	c, err := compile(f)
	if err != nil {
		return dyad.EventPage{}, err
	}
	page := dyad.EventPage{Events: []dyad.StoredEvent{}, Limit: c.limit, Offset: f.Offset}
	tx, err := db.r.BeginTx(ctx, nil) // one snapshot for the count and the page
	if err != nil {
		return page, fmt.Errorf("query events: %w", err)
	}
	defer tx.Rollback()
	var counts []string
	var cargs []any
	for i, b := range c.branches {
		counts = append(counts, "(SELECT count(*) FROM events WHERE "+b+")")
		cargs = append(cargs, c.args[i]...)
	}
	if err := tx.QueryRowContext(ctx, "SELECT "+strings.Join(counts, " + "), cargs...).Scan(&page.Total); err != nil {
		return page, fmt.Errorf("count events: %w", err)
	}
	if page.Total <= f.Offset {
		return page, nil
	}
	// each branch gives its newest Offset+Limit rows, the union is cut
	var parts []string
	var args []any
	for i, b := range c.branches {
		parts = append(parts, "SELECT * FROM (SELECT "+eventCols+" FROM events WHERE "+b+
			" ORDER BY date DESC, id DESC LIMIT ?)")
		args = append(append(args, c.args[i]...), c.limit+f.Offset)
	}
	q := strings.Join(parts, " UNION ALL ") + " ORDER BY date DESC, id DESC LIMIT ? OFFSET ?"
	if len(c.branches) == 1 {
		q = "SELECT " + eventCols + " FROM events WHERE " + c.branches[0] + " ORDER BY date DESC, id DESC LIMIT ? OFFSET ?"
		args = c.args[0]
	}
	rows, err := tx.QueryContext(ctx, q, append(args, c.limit, f.Offset)...)
	if err != nil {
		return page, fmt.Errorf("query events: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		e, err := scanEvent(rows)
		if err != nil {
			return page, fmt.Errorf("read event: %w", err)
		}
		page.Events = append(page.Events, e)
	}
	if err := rows.Err(); err != nil {
		return page, fmt.Errorf("query events: %w", err)
	}
	if err := attachMentions(ctx, tx, page.Events, MaxMentions); err != nil {
		return page, err
	}
	return page, nil
}

// attachMentions reads the first max mentions of each event.
func attachMentions(ctx context.Context, tx *sql.Tx, events []dyad.StoredEvent, max int) error {
	if len(events) == 0 {
		return nil
	}
	idx := make(map[int64]int, len(events))
	args := make([]any, 0, len(events)+1)
	for i, e := range events {
		idx[e.ID] = i
		args = append(args, e.ID)
	}
	args = append(args, max)
	q := `SELECT m.event_id, d.id, m.sentence, m.ev_start, m.ev_end, m.ev_text, m.lang, m.rule, d.url
		FROM (SELECT *, row_number() OVER (PARTITION BY event_id ORDER BY id) AS rn
			FROM mentions WHERE event_id IN (?` + strings.Repeat(", ?", len(events)-1) + `)) AS m
		JOIN documents d ON d.doc = m.doc
		WHERE m.rn <= ? ORDER BY m.event_id, m.id`
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return fmt.Errorf("query mentions: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var m dyad.EventMention
		if err := rows.Scan(&id, &m.DocID, &m.Sentence, &m.Evidence.Start, &m.Evidence.End, &m.Evidence.Text,
			&m.Lang, &m.Rule, &m.URL); err != nil {
			return fmt.Errorf("read mention: %w", err)
		}
		e := &events[idx[id]]
		e.Mentions = append(e.Mentions, m)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("query mentions: %w", err)
	}
	return nil
}

// periodExpr returns the SQL that maps an event's date to its bucket.
func periodExpr(by dyad.Period) (string, error) {
	switch by {
	case dyad.Day, "":
		return "date", nil
	case dyad.Week: // the Monday of the week
		return "date(date, '-' || ((CAST(strftime('%w', date) AS INTEGER) + 6) % 7) || ' days')", nil
	case dyad.Month:
		return "substr(date, 1, 7)", nil
	}
	return "", badFilter("period %q: want day, week or month", clip(string(by)))
}

// Timeline aggregates the dated events that match f per day, week (keyed
// by its Monday) or month (YYYY-MM), oldest first. An empty period is a
// day. Limit and Offset do not apply.
func (db *DB) Timeline(ctx context.Context, f dyad.Filter, by dyad.Period) ([]dyad.Bucket, error) {
	p, err := periodExpr(by)
	if err != nil {
		return nil, err
	}
	c, err := compile(f)
	if err != nil {
		return nil, err
	}
	src, args := c.from("date, quad, goldstein, num_mentions")
	q := `SELECT ` + p + ` AS period, count(*), sum(num_mentions), sum(goldstein),
		sum(quad = 1), sum(quad = 2), sum(quad = 3), sum(quad = 4)
		FROM ` + src + ` WHERE date != '' GROUP BY period ORDER BY period`
	rows, err := db.r.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("query timeline: %w", err)
	}
	defer rows.Close()
	out := []dyad.Bucket{}
	for rows.Next() {
		var b dyad.Bucket
		if err := rows.Scan(&b.Period, &b.Events, &b.Mentions, &b.GoldsteinSum, &b.Quad[0], &b.Quad[1], &b.Quad[2], &b.Quad[3]); err != nil {
			return nil, fmt.Errorf("read timeline: %w", err)
		}
		b.GoldsteinAvg = b.GoldsteinSum / float64(b.Events)
		out = append(out, b)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("query timeline: %w", err)
	}
	return out, nil
}

// Dyads counts the events that match f per (source, target) pair of actor
// keys, most events first; pairs where an actor has no key are left out.
// Limit and Offset page the pairs.
func (db *DB) Dyads(ctx context.Context, f dyad.Filter) ([]dyad.DyadCount, error) {
	c, err := compile(f)
	if err != nil {
		return nil, err
	}
	src, args := c.from("src_key, tgt_key, goldstein")
	q := `SELECT src_key, tgt_key, count(*) AS n, sum(goldstein) FROM ` + src + `
		WHERE src_key != '' AND tgt_key != ''
		GROUP BY src_key, tgt_key ORDER BY n DESC, src_key, tgt_key LIMIT ? OFFSET ?`
	rows, err := db.r.QueryContext(ctx, q, append(args, c.limit, f.Offset)...)
	if err != nil {
		return nil, fmt.Errorf("query dyads: %w", err)
	}
	defer rows.Close()
	out := []dyad.DyadCount{}
	for rows.Next() {
		var d dyad.DyadCount
		if err := rows.Scan(&d.Source, &d.Target, &d.Events, &d.GoldsteinSum); err != nil {
			return nil, fmt.Errorf("read dyads: %w", err)
		}
		d.GoldsteinAvg = d.GoldsteinSum / float64(d.Events)
		out = append(out, d)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("query dyads: %w", err)
	}
	return out, nil
}

// Actors counts the events that match f per actor key, as source or target
// (an event between an actor and itself counts once), most events first.
// An actor's name is the one the texts give it most often as a bare country
// or organisation, else most often at all. Limit and Offset page the actors.
func (db *DB) Actors(ctx context.Context, f dyad.Filter) ([]dyad.ActorCount, error) {
	c, err := compile(f)
	if err != nil {
		return nil, err
	}
	src, args := c.from("src_key, tgt_key, goldstein")
	q := `WITH ev AS (SELECT * FROM ` + src + `)
		SELECT k, count(*) AS n, avg(g) FROM (
			SELECT src_key AS k, goldstein AS g FROM ev WHERE src_key != ''
			UNION ALL
			SELECT tgt_key, goldstein FROM ev WHERE tgt_key != '' AND tgt_key != src_key)
		GROUP BY k ORDER BY n DESC, k LIMIT ? OFFSET ?`
	args = append(args, c.limit, f.Offset)
	tx, err := db.r.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("query actors: %w", err)
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("query actors: %w", err)
	}
	out := []dyad.ActorCount{}
	idx := map[string]int{}
	for rows.Next() {
		var a dyad.ActorCount
		if err := rows.Scan(&a.Actor, &a.Events, &a.GoldsteinAvg); err != nil {
			rows.Close()
			return nil, fmt.Errorf("read actors: %w", err)
		}
		idx[a.Actor] = len(out)
		out = append(out, a)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("query actors: %w", err)
	}
	if len(out) == 0 {
		return out, nil
	}
	args = args[:0]
	for _, a := range out {
		args = append(args, a.Actor)
	}
	rows, err = tx.QueryContext(ctx, `SELECT key, name FROM (
			SELECT key, name, row_number() OVER (PARTITION BY key ORDER BY n_plain DESC, n DESC, name) AS rn
			FROM actor_names WHERE key IN (?`+strings.Repeat(", ?", len(args)-1)+`))
		WHERE rn = 1`, args...)
	if err != nil {
		return nil, fmt.Errorf("query actor names: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var k, name string
		if err := rows.Scan(&k, &name); err != nil {
			return nil, fmt.Errorf("read actor names: %w", err)
		}
		out[idx[k]].Name = name
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("query actor names: %w", err)
	}
	return out, nil
}

// Document returns a stored document and the events it reports, in the
// order the document first reports them; each event carries the mentions
// of this document only (NumMentions counts them all). An unknown id is
// an error wrapping dyad.ErrNotFound.
func (db *DB) Document(ctx context.Context, id string) (dyad.StoredDocument, []dyad.StoredEvent, error) {
	var d dyad.StoredDocument
	if len(id) > maxDocIDLen {
		return d, nil, fmt.Errorf("document %q: %w", clip(id), dyad.ErrNotFound)
	}
	tx, err := db.r.BeginTx(ctx, nil)
	if err != nil {
		return d, nil, fmt.Errorf("read document: %w", err)
	}
	defer tx.Rollback()
	var doc, ingested int64
	err = tx.QueryRowContext(ctx, `SELECT doc, id, text, published, lang, url, title, hash, ingested, events
		FROM documents WHERE id = ?`, id).Scan(&doc, &d.ID, &d.Text, &d.Published, &d.Lang, &d.URL, &d.Title,
		&d.Hash, &ingested, &d.Events)
	if errors.Is(err, sql.ErrNoRows) {
		return d, nil, fmt.Errorf("document %q: %w", clip(id), dyad.ErrNotFound)
	}
	if err != nil {
		return d, nil, fmt.Errorf("read document: %w", err)
	}
	d.Ingested = time.UnixMilli(ingested).UTC()
	rows, err := tx.QueryContext(ctx, `SELECT `+eventCols+` FROM events
		JOIN (SELECT event_id, min(id) AS first FROM mentions WHERE doc = ? GROUP BY event_id) AS m ON m.event_id = events.id
		ORDER BY m.first`, doc)
	if err != nil {
		return d, nil, fmt.Errorf("read document events: %w", err)
	}
	events := []dyad.StoredEvent{}
	idx := map[int64]int{}
	for rows.Next() {
		e, err := scanEvent(rows)
		if err != nil {
			rows.Close()
			return d, nil, fmt.Errorf("read document events: %w", err)
		}
		idx[e.ID] = len(events)
		events = append(events, e)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return d, nil, fmt.Errorf("read document events: %w", err)
	}
	rows, err = tx.QueryContext(ctx, `SELECT event_id, sentence, ev_start, ev_end, ev_text, lang, rule
		FROM mentions WHERE doc = ? ORDER BY id`, doc)
	if err != nil {
		return d, nil, fmt.Errorf("read document mentions: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var eid int64
		m := dyad.EventMention{DocID: d.ID, URL: d.URL}
		if err := rows.Scan(&eid, &m.Sentence, &m.Evidence.Start, &m.Evidence.End, &m.Evidence.Text, &m.Lang, &m.Rule); err != nil {
			return d, nil, fmt.Errorf("read document mentions: %w", err)
		}
		if i, ok := idx[eid]; ok {
			events[i].Mentions = append(events[i].Mentions, m)
		}
	}
	if err := rows.Err(); err != nil {
		return d, nil, fmt.Errorf("read document mentions: %w", err)
	}
	return d, events, nil
}

// Stats counts the documents, events and mentions the store holds.
func (db *DB) Stats(ctx context.Context) (dyad.Stats, error) {
	var s dyad.Stats
	err := db.r.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM events),
		(SELECT count(*) FROM mentions)`).Scan(&s.Documents, &s.Events, &s.Mentions)
	if err != nil {
		return s, fmt.Errorf("count: %w", err)
	}
	return s, nil
}
