package http

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	nethttp "net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/dyad-events/dyad"
)

// chromium returns the path of a Chromium or Chrome binary: $DYAD_CHROMIUM,
// else the first of the usual names on $PATH, else "".
func chromium() string {
	if p := os.Getenv("DYAD_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// TestBrowser loads the page in a headless Chromium against a server
// filled with the coded sample documents and checks what it renders: the
// event table, the document with its evidence highlighted after a click on
// a row, the timeline and network SVGs, filtering, and a console free of
// errors (a script error or a content security policy violation fails the
// test). Set DYAD_SCREENSHOTS=DIR to keep screenshots.
func TestBrowser(t *testing.T) {
	bin := chromium()
	if bin == "" {
		t.Skip("no chromium binary found (install Debian's chromium or set DYAD_CHROMIUM)")
	}
	if testing.Short() {
		t.Skip("browser test skipped in short mode")
	}
	s := NewServer(MustSampleStore(t), Options{Addr: "127.0.0.1:0"})
	if err := s.Open(); err != nil {
		t.Fatal(err)
	}
	defer s.Close()

	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(bin),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.WindowSize(1440, 1000),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("no-proxy-server", true),
		chromedp.Flag("blink-settings", "preferredColorScheme=1"), // light
	)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelAlloc()
	ctx, cancelCtx := chromedp.NewContext(actx)
	defer cancelCtx()
	// the first action starts the browser; it must not run under a timeout
	if err := chromedp.Do(ctx, chromedp.Navigate("about:blank")); err != nil {
		t.Fatalf("start %s: %v", bin, err)
	}
	var (
		mu       sync.Mutex
		messages []chromedp.ConsoleMessage
	)
	console := chromedp.Console(ctx)
	go func() {
		for m, err := range console {
			if err != nil {
				return
			}
			mu.Lock()
			messages = append(messages, m)
			mu.Unlock()
		}
	}()
	tctx, cancel := context.WithTimeout(ctx, 90*time.Second)
	defer cancel()

	shot := func(name string, full bool) {
		dir := os.Getenv("DYAD_SCREENSHOTS")
		if dir == "" {
			return
		}
		capture := chromedp.CaptureScreenshot()
		if full {
			capture = chromedp.FullScreenshot(100)
		}
		img, err := chromedp.Run(tctx, capture)
		if err != nil {
			t.Errorf("screenshot %s: %v", name, err)
			return
		}
		if err := os.WriteFile(filepath.Join(dir, name+".png"), img, 0o644); err != nil {
			t.Error(err)
		}
	}
	shotOf := func(name, sel string) {
		dir := os.Getenv("DYAD_SCREENSHOTS")
		if dir == "" {
			return
		}
		img, err := chromedp.Run(tctx, chromedp.Screenshot(chromedp.CSS(sel)))
		if err != nil {
			t.Errorf("screenshot %s: %v", name, err)
			return
		}
		if err := os.WriteFile(filepath.Join(dir, name+".png"), img, 0o644); err != nil {
			t.Error(err)
		}
	}
	count := func(sel string) int {
		t.Helper()
		n, err := chromedp.Run(tctx, chromedp.Evaluate[int](fmt.Sprintf("document.querySelectorAll(%q).length", sel)))
		if err != nil {
			t.Fatalf("count %s: %v", sel, err)
		}
		return n
	}

	// the table, the timeline and the network render
	if err := chromedp.Do(tctx,
		chromedp.Navigate(s.URL()+"/"),
		chromedp.WaitVisible(chromedp.CSS("#events tbody tr.row")),
		chromedp.WaitVisible(chromedp.CSS("#timeline svg rect.bar")),
		chromedp.WaitVisible(chromedp.CSS("#network svg .node circle")),
	); err != nil {
		t.Fatalf("load the page: %v", err)
	}
	page := apiGet[dyad.EventPage](t, s.URL()+"/api/events?limit=50")
	if n := count("#events tbody tr.row"); n != len(page.Events) {
		t.Errorf("%d table rows, want %d", n, len(page.Events))
	}
	if n := count("#timeline svg rect.bar"); n < 3 {
		t.Errorf("%d timeline bars, want 3 or more", n)
	}
	if n := count("#network svg .node circle"); n < 5 {
		t.Errorf("%d network nodes, want 5 or more", n)
	}
	if n := count("#network svg path.edge"); n < 5 {
		t.Errorf("%d network edges, want 5 or more", n)
	}
	if stats, _ := chromedp.Run(tctx, chromedp.Text(chromedp.CSS("#stats"))); !strings.Contains(stats, "9 documents") {
		t.Errorf("stats %q, want 9 documents", stats)
	}
	shot("page", true)
	shotOf("network", "#network-card")
	shotOf("timeline", "#timeline-card")

	// a click on the first row opens its document with the evidence, the
	// actors and the event words highlighted
	first := page.Events[0]
	if err := chromedp.Do(tctx,
		chromedp.Click(chromedp.CSS("#events tbody tr.row")),
		chromedp.WaitVisible(chromedp.CSS("#doc-text mark.focus")),
	); err != nil {
		t.Fatalf("open the document of the first row: %v", err)
	}
	focused, err := chromedp.Run(tctx, chromedp.Evaluate[string](
		`[...document.querySelectorAll('#doc-text mark.focus')].map(m => m.textContent).join('')`))
	if err != nil {
		t.Fatal(err)
	}
	if want := first.Mentions[0].Evidence.Text; focused != want {
		t.Errorf("highlighted evidence %q, want %q", focused, want)
	}
	roles, err := chromedp.Run(tctx, chromedp.Evaluate[map[string]string](
		`Object.fromEntries(['src', 'tgt', 'evt'].map(r => [r, [...document.querySelectorAll('#doc-text mark.focus.' + r)].map(m => m.textContent).join('|')]))`))
	if err != nil {
		t.Fatal(err)
	}
	if roles["src"] != first.Source.Text || roles["evt"] == "" {
		t.Errorf("highlighted source %q and event words %q, want %q and some words", roles["src"], roles["evt"], first.Source.Text)
	}
	if first.Target.Text != "" && strings.Contains(first.Mentions[0].Evidence.Text, first.Target.Text) && roles["tgt"] != first.Target.Text {
		t.Errorf("highlighted target %q, want %q", roles["tgt"], first.Target.Text)
	}
	title, _ := chromedp.Run(tctx, chromedp.Text(chromedp.CSS("#doc-title")))
	if title == "" {
		t.Errorf("document title empty")
	}
	if n := count("#doc-events li"); n == 0 {
		t.Errorf("no event listed under the document")
	}
	shot("document", false)
	// a document with no URL or title shows its id, and nothing reads null
	if err := chromedp.Do(tctx,
		chromedp.Navigate(s.URL()+"/#open=note-en-001"),
		chromedp.WaitVisible(chromedp.CSS("#doc-text")),
		chromedp.Poll[chromedp.Void](`document.querySelector('#doc-title').textContent === 'note-en-001'`, chromedp.WithPollingTimeout(10*time.Second)),
	); err != nil {
		t.Fatalf("open a document by its URL fragment: %v", err)
	}
	for _, sel := range []string{"body"} {
		text, err := chromedp.Run(tctx, chromedp.Evaluate[string](fmt.Sprintf("document.querySelector(%q).innerText", sel)))
		if err != nil {
			t.Fatal(err)
		}
		for _, bad := range []string{"null", "undefined", "NaN", "[object"} {
			if strings.Contains(text, bad) {
				t.Errorf("the page shows %q", bad)
			}
		}
	}
	shotOf("drawer", "#doc")

	// Escape closes the document; a filter narrows the table and the charts
	if err := chromedp.Do(tctx,
		chromedp.KeyEvent("\x1b"),
		chromedp.WaitNotVisible(chromedp.CSS("#doc")),
		chromedp.Navigate(s.URL()+"/#actor=RUS"),
		chromedp.Poll[chromedp.Void](`document.querySelector('#chips .chip') !== null && document.querySelectorAll('#events tbody tr.row').length > 0`),
	); err != nil {
		t.Fatalf("filter by actor: %v", err)
	}
	want := apiGet[dyad.EventPage](t, s.URL()+"/api/events?actor=RUS")
	if _, err := chromedp.Run(tctx, chromedp.Poll[chromedp.Void](fmt.Sprintf(
		`document.querySelectorAll('#events tbody tr.row').length === %d`, len(want.Events)), chromedp.WithPollingTimeout(10*time.Second))); err != nil {
		t.Errorf("rows with actor=RUS: want %d: %v", len(want.Events), err)
	}
	scope, _ := chromedp.Run(tctx, chromedp.Text(chromedp.CSS("#timeline-scope")))
	if !strings.Contains(scope, "RUS") {
		t.Errorf("timeline scope %q, want it to name RUS", scope)
	}
	shot("filtered", false)

	// the form: a quad class chosen in the select filters the table
	if err := chromedp.Do(tctx,
		chromedp.Navigate(s.URL()+"/"),
		chromedp.WaitVisible(chromedp.CSS("#events tbody tr.row")),
		chromedp.SetValue(chromedp.CSS(`select[name="quad"]`), "4"),
	); err != nil {
		t.Fatalf("choose quad 4: %v", err)
	}
	if _, err := chromedp.Run(tctx, chromedp.Evaluate[bool](`document.querySelector('select[name="quad"]').dispatchEvent(new Event('change'))`)); err != nil {
		t.Fatalf("change quad: %v", err)
	}
	if _, err := chromedp.Run(tctx, chromedp.Poll[chromedp.Void](`location.hash.includes('quad=4')`)); err != nil {
		t.Fatalf("filter by quad: %v", err)
	}
	q4 := apiGet[dyad.EventPage](t, s.URL()+"/api/events?quad=4")
	if _, err := chromedp.Run(tctx, chromedp.Poll[chromedp.Void](fmt.Sprintf(
		`document.querySelectorAll('#events tbody tr.row').length === %d && [...document.querySelectorAll('#events .code')].every(c => c.classList.contains('q4'))`,
		len(q4.Events)), chromedp.WithPollingTimeout(10*time.Second))); err != nil {
		t.Errorf("rows with quad=4: want %d material conflict rows: %v", len(q4.Events), err)
	}

	// an actor's name typed in the form is turned into its key
	if err := chromedp.Do(tctx,
		chromedp.Navigate(s.URL()+"/"),
		chromedp.WaitVisible(chromedp.CSS("#events tbody tr.row")),
		chromedp.Poll[chromedp.Void](`document.querySelectorAll('#actor-list option').length > 0`),
		chromedp.SetValue(chromedp.CSS(`input[name="actor"]`), "russia"),
		chromedp.Click(chromedp.CSS(`#filters button[type="submit"]`)),
		chromedp.Poll[chromedp.Void](`location.hash === '#actor=RUS'`, chromedp.WithPollingTimeout(10*time.Second)),
	); err != nil {
		t.Errorf("type an actor's name: %v", err)
	}

	time.Sleep(100 * time.Millisecond) // let the last console events arrive
	mu.Lock()
	defer mu.Unlock()
	for _, m := range messages {
		if m.Type == chromedp.ConsoleError || m.IsException() {
			t.Errorf("console %s (%s:%d)", m, m.URL, m.Line)
		}
	}
}

// apiGet fetches and decodes a JSON answer.
func apiGet[T any](tb testing.TB, url string) T {
	tb.Helper()
	resp, err := nethttp.Get(url)
	if err != nil {
		tb.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		tb.Fatal(err)
	}
	var v T
	if resp.StatusCode != 200 || json.Unmarshal(b, &v) != nil {
		tb.Fatalf("GET %s: status %d, body %s", url, resp.StatusCode, b)
	}
	return v
}
