package sqlite

import (
	"bufio"
	"context"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/dyad-events/dyad"
)

// crashEnv names the database a child process of TestCrashSafety fills.
const crashEnv = "DYAD_SQLITE_CRASH_DB"

// crashCorpus returns n documents whose events share few keys, so that
// deduplication and the counts are exercised by every document.
func crashCorpus(n int) []Item {
	rng := rand.New(rand.NewSource(1))
	actors := []dyad.Actor{rus, putin, prk, kim, usa, un, ukrMil, ukr}
	codes := []string{"040", "057", "112", "130", "190"}
	hosts := []string{"", "a.example", "b.example", "www.a.example", "c.example", "d.example"}
	items := make([]Item, n)
	for i := range items {
		doc := dyad.Document{ID: fmt.Sprint("doc-", i), Lang: "fr",
			Text: fmt.Sprintf("Document %d. %s", i, strings.Repeat("Du texte de remplissage. ", 20+rng.Intn(40)))}
		if h := hosts[rng.Intn(len(hosts))]; h != "" {
			doc.URL = fmt.Sprintf("https://%s/%d", h, i)
		}
		var evs []dyad.Event
		for j := rng.Intn(7); j > 0; j-- {
			day := ""
			if rng.Intn(10) > 0 {
				day = fmt.Sprintf("2024-06-%02d", 1+rng.Intn(20))
			}
			e := ev(actors[rng.Intn(len(actors))], actors[rng.Intn(len(actors))], codes[rng.Intn(len(codes))], day,
				j, 10*j, fmt.Sprintf("évidence %d de %d", j, i))
			evs = append(evs, e)
			if rng.Intn(8) == 0 {
				evs = append(evs, e) // reported twice at the same place
			}
		}
		items[i] = Item{Doc: doc, Events: evs}
	}
	return items
}

// fillForCrash ingests the corpus, in batches and one by one, printing how
// many documents are done after each commit.
func fillForCrash(path string, items []Item) error {
	db, err := Open(path)
	if err != nil {
		return err
	}
	ctx := context.Background()
	for i := 0; i < len(items); {
		if (i/100)%2 == 0 {
			end := min(i+50, len(items))
			if _, err := db.IngestBatch(ctx, items[i:end]); err != nil {
				return err
			}
			i = end
		} else {
			if _, err := db.Ingest(ctx, items[i].Doc, items[i].Events); err != nil {
				return err
			}
			i++
		}
		fmt.Printf("done %d\n", i)
	}
	return db.Close()
}

// TestCrashSafety kills a process that ingests (SIGKILL, at random moments
// in the middle of its batches) several times, then ingests everything
// again and checks that every document is stored exactly once, that no
// event or mention is orphaned and that the counts are exact.
func TestCrashSafety(t *testing.T) {
	const n = 1500
	items := crashCorpus(n)
	if path := os.Getenv(crashEnv); path != "" {
		if err := fillForCrash(path, items); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	if testing.Short() {
		t.Skip("kills child processes")
	}
	path := filepath.Join(t.TempDir(), "crash.db")
	rng := rand.New(rand.NewSource(time.Now().UnixNano()))
	kills := 0
	for round := 0; round < 4; round++ {
		cmd := exec.Command(os.Args[0], "-test.run=^TestCrashSafety$")
		cmd.Env = append(os.Environ(), crashEnv+"="+path)
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		cmd.Stderr = os.Stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(out)
		done := ""
		if sc.Scan() { // the child is writing
			done = sc.Text()
			time.Sleep(time.Duration(rng.Intn(40000)) * time.Microsecond)
		}
		if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
			t.Logf("round %d: kill: %v", round, err)
		}
		for sc.Scan() {
			done = sc.Text()
		}
		err = cmd.Wait()
		if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			kills++
		} else if err != nil {
			t.Fatalf("round %d: child: %v", round, err)
		}
		t.Logf("round %d: killed after %q", round, done)
	}
	if kills == 0 {
		t.Fatal("no child was killed mid-way")
	}
	// reopen and complete the work
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	stored := 0
	for _, it := range items {
		ok, err := db.Ingest(context.Background(), it.Doc, it.Events)
		if err != nil {
			t.Fatal(err)
		}
		if ok {
			stored++
		}
	}
	t.Logf("%d kills; %d of %d documents stored after the last", kills, stored, n)
	checkStore(t, db, items)
}

// checkStore checks a store against what ingesting items once must give.
func checkStore(t *testing.T, db *DB, items []Item) {
	t.Helper()
	ctx := context.Background()
	type counts struct {
		mentions, articles int
		sources            map[string]bool
	}
	want := map[string]*counts{}
	wantMentions := 0
	for _, it := range items {
		p, err := prepare(it)
		if err != nil {
			t.Fatal(err)
		}
		host := sourceHost(it.Doc.URL)
		if host == "" {
			host = "doc:" + it.Doc.ID
		}
		for _, g := range p.groups {
			k := fmt.Sprintf("%s>%s:%s@%s", g.src, g.tgt, g.cameo, g.date)
			if g.date == "" {
				k += "/" + it.Doc.ID
			}
			c := want[k]
			if c == nil {
				c = &counts{sources: map[string]bool{}}
				want[k] = c
			}
			c.mentions += len(g.mentions)
			c.articles++
			c.sources[host] = true
			wantMentions += len(g.mentions)
		}
	}
	s, err := db.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if s != (dyad.Stats{Documents: len(items), Events: len(want), Mentions: wantMentions}) {
		t.Errorf("Stats = %+v, want %d documents, %d events, %d mentions", s, len(items), len(want), wantMentions)
	}
	queries := []struct{ name, q string }{
		{"documents stored twice or renamed", `SELECT count(*) FROM documents WHERE id LIKE '%~%'`},
		{"mentions of no event", `SELECT count(*) FROM mentions WHERE event_id NOT IN (SELECT id FROM events)`},
		{"mentions of no document", `SELECT count(*) FROM mentions WHERE doc NOT IN (SELECT doc FROM documents)`},
		{"events with no mention", `SELECT count(*) FROM events WHERE id NOT IN (SELECT event_id FROM mentions)`},
		{"documents whose event count is wrong", `SELECT count(*) FROM documents d
			WHERE events != (SELECT count(*) FROM mentions m WHERE m.doc = d.doc)`},
		{"events whose counts disagree with their mentions", `SELECT count(*) FROM events e WHERE
			num_mentions != (SELECT count(*) FROM mentions m WHERE m.event_id = e.id) OR
			num_articles != (SELECT count(DISTINCT doc) FROM mentions m WHERE m.event_id = e.id) OR
			num_sources != (SELECT count(*) FROM event_sources s WHERE s.event_id = e.id)`},
		{"sources of no mention", `SELECT count(*) FROM event_sources s WHERE NOT EXISTS (SELECT 1 FROM mentions m
			JOIN documents d ON d.doc = m.doc WHERE m.event_id = s.event_id AND d.host = s.host)`},
		{"foreign key violations", `SELECT count(*) FROM pragma_foreign_key_check`},
	}
	for _, q := range queries {
		var n int
		if err := db.r.QueryRowContext(ctx, q.q).Scan(&n); err != nil {
			t.Fatalf("%s: %v", q.name, err)
		}
		if n != 0 {
			t.Errorf("%s: %d", q.name, n)
		}
	}
	var ok string
	if err := db.r.QueryRowContext(ctx, `PRAGMA integrity_check`).Scan(&ok); err != nil || ok != "ok" {
		t.Errorf("integrity_check = %q, %v", ok, err)
	}
	if _, err := db.w.ExecContext(ctx, `INSERT INTO mention_text (mention_text) VALUES ('integrity-check')`); err != nil {
		t.Errorf("full-text index: %v", err)
	}
	// the counts of every event
	rows, err := db.r.QueryContext(ctx, `SELECT e.src_key, e.tgt_key, e.cameo, e.date, e.scope, coalesce(d.id, ''),
		e.num_mentions, e.num_articles, e.num_sources FROM events e LEFT JOIN documents d ON d.doc = e.scope AND e.scope != 0`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	seen := 0
	for rows.Next() {
		var src, tgt, code, date, doc string
		var scope int64
		var m, a, so int
		if err := rows.Scan(&src, &tgt, &code, &date, &scope, &doc, &m, &a, &so); err != nil {
			t.Fatal(err)
		}
		k := fmt.Sprintf("%s>%s:%s@%s", src, tgt, code, date)
		if date == "" {
			k += "/" + doc
		}
		c := want[k]
		if c == nil {
			t.Errorf("event %s: not in the corpus", k)
			continue
		}
		seen++
		if m != c.mentions || a != c.articles || so != len(c.sources) {
			t.Errorf("event %s: mentions, articles, sources = %d, %d, %d, want %d, %d, %d",
				k, m, a, so, c.mentions, c.articles, len(c.sources))
		}
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	if seen != len(want) {
		t.Errorf("%d events, want %d", seen, len(want))
	}
}

// TestCountsWithoutCrash checks the counts of the crash corpus ingested in
// one go, in batches.
func TestCountsWithoutCrash(t *testing.T) {
	db := MustOpenDB(t)
	items := crashCorpus(300)
	if _, err := db.IngestBatch(context.Background(), items); err != nil {
		t.Fatal(err)
	}
	checkStore(t, db, items)
}
