package http

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	nethttp "net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/dyad-events/dyad"
)

// get requests path from the handler and returns the status and body.
func get(tb testing.TB, h nethttp.Handler, method, path string) (*httptest.ResponseRecorder, []byte) {
	tb.Helper()
	r := newRequest(method, path, nil)
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w, w.Body.Bytes()
}

// newRequest returns a request addressed to localhost, as a browser on
// the same machine sends it.
func newRequest(method, target string, body io.Reader) *nethttp.Request {
	r := httptest.NewRequest(method, target, body)
	r.Host = "localhost:8080"
	return r
}

// decode unmarshals a JSON body into a new value of type T.
func decode[T any](tb testing.TB, body []byte) T {
	tb.Helper()
	var v T
	if err := json.Unmarshal(body, &v); err != nil {
		tb.Fatalf("decode %T: %v\nbody: %s", v, err, body)
	}
	return v
}

func TestAPI(t *testing.T) {
	h := NewServer(MustSampleStore(t), Options{MaxPage: 20}).Handler()
	tests := []struct {
		name   string
		path   string
		status int
		check  func(t *testing.T, body []byte)
	}{
		{"events", "/api/events", 200, func(t *testing.T, b []byte) {
			p := decode[dyad.EventPage](t, b)
			if p.Total < 20 || len(p.Events) == 0 {
				t.Errorf("Total=%d, %d events, want over 20 and some", p.Total, len(p.Events))
			}
			for i := 1; i < len(p.Events); i++ {
				if p.Events[i].Date > p.Events[i-1].Date {
					t.Errorf("event %d dated %s after %s: want newest first", i, p.Events[i].Date, p.Events[i-1].Date)
				}
			}
			if len(p.Events[0].Mentions) == 0 {
				t.Errorf("event %d has no mentions", p.Events[0].ID)
			}
		}},
		{"events by actor", "/api/events?actor=rus", 200, eachEvent(func(e dyad.StoredEvent) bool {
			return e.Source.Key() == "RUS" || e.Target.Key() == "RUS"
		})},
		{"events by dyad, deduplicated", "/api/events?source=IGO:EU&target=RUS&cameo=163", 200, func(t *testing.T, b []byte) {
			p := decode[dyad.EventPage](t, b)
			if len(p.Events) != 1 {
				t.Fatalf("%d events, want the EU sanctions on Russia once", len(p.Events))
			}
			e := p.Events[0]
			if e.NumArticles != 2 || e.NumSources != 2 || e.NumMentions != 2 || len(e.Mentions) != 2 {
				t.Errorf("articles, sources, mentions = %d, %d, %d (%d listed), want 2, 2, 2", e.NumArticles, e.NumSources, e.NumMentions, len(e.Mentions))
			}
		}},
		{"events by CAMEO root", "/api/events?cameo=19", 200, eachEvent(func(e dyad.StoredEvent) bool { return e.Root == "19" })},
		{"events by quad", "/api/events?quad=3", 200, eachEvent(func(e dyad.StoredEvent) bool { return e.Quad == 3 })},
		{"events by PLOVER type", "/api/events?plover=agree", 200, eachEvent(func(e dyad.StoredEvent) bool { return e.Plover.Type == "AGREE" })},
		{"events by date range", "/api/events?from=2025-03-05&to=2025-03-06", 200, eachEvent(func(e dyad.StoredEvent) bool {
			return e.Date >= "2025-03-05" && e.Date <= "2025-03-06"
		})},
		{"events by language", "/api/events?lang=FR", 200, eachEvent(func(e dyad.StoredEvent) bool { return e.Mentions[0].Lang == "fr" })},
		{"events by text", "/api/events?q=sanctions", 200, eachEvent(func(e dyad.StoredEvent) bool {
			return strings.Contains(strings.ToLower(e.Mentions[0].Evidence.Text), "sanctions")
		})},
		{"events by document", "/api/events?doc=wire-en-003", 200, eachEvent(func(e dyad.StoredEvent) bool { return e.Date == "2025-03-06" })},
		{"events by mentions", "/api/events?min_mentions=2", 200, eachEvent(func(e dyad.StoredEvent) bool { return e.NumMentions >= 2 })},
		{"events page", "/api/events?limit=3&offset=2", 200, func(t *testing.T, b []byte) {
			p := decode[dyad.EventPage](t, b)
			if len(p.Events) != 3 || p.Limit != 3 || p.Offset != 2 {
				t.Errorf("%d events, limit %d, offset %d, want 3, 3, 2", len(p.Events), p.Limit, p.Offset)
			}
		}},
		{"page size capped", "/api/events?limit=100000", 200, func(t *testing.T, b []byte) {
			if p := decode[dyad.EventPage](t, b); p.Limit != 20 || len(p.Events) > 20 {
				t.Errorf("limit %d, %d events, want the cap 20", p.Limit, len(p.Events))
			}
		}},
		{"no match", "/api/events?actor=XYZ", 200, func(t *testing.T, b []byte) {
			if !strings.Contains(string(b), `"events":[]`) {
				t.Errorf("body %s, want an empty events list, not null", b)
			}
		}},
		{"timeline", "/api/timeline", 200, func(t *testing.T, b []byte) {
			tl := decode[timelineResponse](t, b)
			if tl.By != dyad.Day || len(tl.Buckets) < 5 || tl.Quads != nil {
				t.Errorf("by %q, %d buckets, quads %v, want day, 5 or more, none", tl.By, len(tl.Buckets), tl.Quads)
			}
		}},
		{"timeline per week split by quad", "/api/timeline?by=week&split=quad&actor=RUS", 200, func(t *testing.T, b []byte) {
			tl := decode[timelineResponse](t, b)
			if tl.Quads == nil || len(tl.Buckets) == 0 {
				t.Fatalf("got %s, want buckets and quads", b)
			}
			n, sum := 0, 0
			for _, bk := range tl.Buckets {
				n += bk.Events
				if d, err := time.Parse("2006-01-02", bk.Period); err != nil || d.Weekday() != time.Monday {
					t.Errorf("week %q is not a Monday", bk.Period)
				}
			}
			for _, q := range tl.Quads {
				for _, bk := range q {
					sum += bk.Events
				}
			}
			if n != sum {
				t.Errorf("quads hold %d events, buckets %d", sum, n)
			}
		}},
		{"timeline per month", "/api/timeline?by=month", 200, func(t *testing.T, b []byte) {
			tl := decode[timelineResponse](t, b)
			if len(tl.Buckets) != 1 || tl.Buckets[0].Period != "2025-03" {
				t.Errorf("buckets %+v, want one for 2025-03", tl.Buckets)
			}
		}},
		{"dyads", "/api/dyads?limit=5", 200, func(t *testing.T, b []byte) {
			d := decode[struct{ Dyads []dyad.DyadCount }](t, b)
			if len(d.Dyads) == 0 || len(d.Dyads) > 5 {
				t.Errorf("%d dyads, want 1 to 5", len(d.Dyads))
			}
		}},
		{"actors", "/api/actors", 200, func(t *testing.T, b []byte) {
			a := decode[struct{ Actors []dyad.ActorCount }](t, b)
			if len(a.Actors) < 5 {
				t.Errorf("%d actors, want 5 or more", len(a.Actors))
			}
		}},
		{"stats", "/api/stats", 200, func(t *testing.T, b []byte) {
			s := decode[statsResponse](t, b)
			if s.Documents != 9 || s.Events == 0 || s.Writable || s.MaxPage != 20 {
				t.Errorf("stats %+v, want 9 documents, some events, read-only, max page 20", s)
			}
		}},
		{"document", "/api/documents/depeche-fr-001", 200, func(t *testing.T, b []byte) {
			d := decode[documentResponse](t, b)
			if d.Document.ID != "depeche-fr-001" || d.Document.Lang != "fr" || len(d.Events) == 0 {
				t.Errorf("document %q (%s) with %d events", d.Document.ID, d.Document.Lang, len(d.Events))
			}
			for _, e := range d.Events {
				for _, m := range e.Mentions {
					if m.DocID == d.Document.ID && d.Document.Text[m.Evidence.Start:m.Evidence.End] != m.Evidence.Text {
						t.Errorf("evidence %q is not at [%d,%d) of the text", m.Evidence.Text, m.Evidence.Start, m.Evidence.End)
					}
				}
			}
		}},
		{"document id escaped", "/api/documents/" + url.PathEscape("wire-en-001"), 200, nil},

		// errors
		{"unknown document", "/api/documents/nope", 404, wantError("not found")},
		{"no document id", "/api/documents/", 400, wantError("missing document id")},
		{"unknown endpoint", "/api/nope", 404, wantError("no such endpoint")},
		{"quad out of range", "/api/events?quad=5", 400, wantError("quad")},
		{"quad not a number", "/api/events?quad=x", 400, wantError("quad")},
		{"cameo letters", "/api/events?cameo=abc", 400, wantError("cameo")},
		{"cameo one digit", "/api/events?cameo=1", 400, wantError("cameo")},
		{"cameo too long", "/api/events?cameo=12345", 400, wantError("cameo")},
		{"bad date", "/api/events?from=2025-13-01", 400, wantError("from")},
		{"date with time", "/api/events?to=2025-03-01T00:00", 400, wantError("to")},
		{"from after to", "/api/events?from=2025-03-10&to=2025-03-01", 400, wantError("after")},
		{"limit zero", "/api/events?limit=0", 400, wantError("limit")},
		{"limit negative", "/api/events?limit=-1", 400, wantError("limit")},
		{"offset negative", "/api/events?offset=-5", 400, wantError("offset")},
		{"offset too deep", "/api/events?offset=99999999", 400, wantError("offset")},
		{"unknown parameter", "/api/events?actr=RUS", 400, wantError("unknown parameter")},
		{"repeated parameter", "/api/events?actor=RUS&actor=UKR", 400, wantError("2 times")},
		{"bad language", "/api/events?lang=french", 400, wantError("lang")},
		{"actor with markup", "/api/events?actor=%3Cscript%3E", 400, wantError("actor")},
		{"actor with space", "/api/events?source=RUS%20GOV", 400, wantError("source")},
		{"plover digits", "/api/events?plover=123", 400, wantError("plover")},
		{"text too long", "/api/events?q=" + strings.Repeat("a", 300), 400, wantError("longer")},
		{"text with control", "/api/events?q=a%00b", 400, wantError("control")},
		{"not UTF-8", "/api/events?q=%ff%fe", 400, wantError("UTF-8")},
		{"min mentions zero", "/api/events?min_mentions=0", 400, wantError("min_mentions")},
		{"timeline period", "/api/timeline?by=year", 400, wantError("by")},
		{"timeline split", "/api/timeline?split=lang", 400, wantError("split")},
		{"timeline no paging", "/api/timeline?limit=5", 400, wantError("unknown parameter")},
		{"stats parameter", "/api/stats?x=1", 400, wantError("no parameters")},
		{"document parameter", "/api/documents/wire-en-001?x=1", 400, wantError("no parameters")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w, body := get(t, h, "GET", tt.path)
			if w.Code != tt.status {
				t.Fatalf("GET %s: status %d, want %d\nbody: %s", tt.path, w.Code, tt.status, body)
			}
			if ct := w.Header().Get("Content-Type"); ct != "application/json; charset=utf-8" {
				t.Errorf("Content-Type=%q, want JSON", ct)
			}
			if tt.check != nil {
				tt.check(t, body)
			}
		})
	}
}

// eachEvent checks that a page has events and that every one satisfies ok.
func eachEvent(ok func(dyad.StoredEvent) bool) func(t *testing.T, b []byte) {
	return func(t *testing.T, b []byte) {
		t.Helper()
		p := decode[dyad.EventPage](t, b)
		if len(p.Events) == 0 {
			t.Fatalf("no events")
		}
		for _, e := range p.Events {
			if !ok(e) {
				t.Errorf("event %d (%s %s->%s %s) does not match the filter", e.ID, e.Date, e.Source.Key(), e.Target.Key(), e.CAMEO)
			}
		}
	}
}

// wantError checks a JSON error body that contains the words.
func wantError(words string) func(t *testing.T, b []byte) {
	return func(t *testing.T, b []byte) {
		t.Helper()
		e := decode[errorBody](t, b)
		if !strings.Contains(e.Error, words) {
			t.Errorf("error %q, want it to mention %q", e.Error, words)
		}
	}
}

func TestMethods(t *testing.T) {
	ro := NewServer(MustOpenStore(t), Options{}).Handler()
	tests := []struct {
		name, method, path string
		status             int
		allow              string
	}{
		{"HEAD events", "HEAD", "/api/events", 200, ""},
		{"POST events", "POST", "/api/events", 405, "GET, HEAD"},
		{"DELETE events", "DELETE", "/api/events", 405, "GET, HEAD"},
		{"PUT document", "PUT", "/api/documents/x", 405, "GET, HEAD"},
		{"POST document read-only", "POST", "/api/documents", 405, ""},
		{"GET documents list", "GET", "/api/documents", 405, ""},
		{"POST page", "POST", "/", 405, "GET, HEAD"},
		{"OPTIONS page", "OPTIONS", "/index.html", 405, "GET, HEAD"},
		{"HEAD page", "HEAD", "/", 200, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w, body := get(t, ro, tt.method, tt.path)
			if w.Code != tt.status {
				t.Fatalf("%s %s: status %d, want %d\nbody: %s", tt.method, tt.path, w.Code, tt.status, body)
			}
			if tt.allow != "" && w.Header().Get("Allow") != tt.allow {
				t.Errorf("Allow=%q, want %q", w.Header().Get("Allow"), tt.allow)
			}
			if tt.method == "POST" && strings.HasPrefix(tt.path, "/api/documents") && !strings.Contains(string(body), "read-only") {
				t.Errorf("body %s, want it to say the server is read-only", body)
			}
		})
	}
}

func TestSecurityHeaders(t *testing.T) {
	h := NewServer(MustOpenStore(t), Options{}).Handler()
	for _, path := range []string{"/", "/app.js", "/api/stats", "/api/nope", "/missing"} {
		w, _ := get(t, h, "GET", path)
		hd := w.Header()
		csp := hd.Get("Content-Security-Policy")
		if !strings.Contains(csp, "script-src 'self'") || strings.Contains(csp, "unsafe-inline") || !strings.Contains(csp, "frame-ancestors 'none'") {
			t.Errorf("%s: Content-Security-Policy=%q", path, csp)
		}
		for k, v := range map[string]string{"X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY", "Referrer-Policy": "no-referrer"} {
			if hd.Get(k) != v {
				t.Errorf("%s: %s=%q, want %q", path, k, hd.Get(k), v)
			}
		}
	}
}

func TestHostCheck(t *testing.T) {
	st := MustOpenStore(t)
	tests := []struct {
		name, addr, host string
		status           int
	}{
		{"loopback ip", "127.0.0.1:0", "127.0.0.1:8080", 200},
		{"localhost", "127.0.0.1:0", "localhost:8080", 200},
		{"ipv6 loopback", "[::1]:0", "[::1]:8080", 200},
		{"sub localhost", "localhost:0", "dyad.localhost", 200},
		{"rebinding", "127.0.0.1:0", "evil.example:8080", 403},
		{"lan address", "127.0.0.1:0", "192.168.1.10", 403},
		{"all interfaces", "0.0.0.0:0", "dyad.example.org", 200},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := NewServer(st, Options{Addr: tt.addr}).Handler()
			r := httptest.NewRequest("GET", "/api/stats", nil)
			r.Host = tt.host
			w := httptest.NewRecorder()
			h.ServeHTTP(w, r)
			if w.Code != tt.status {
				t.Errorf("Host %s on %s: status %d, want %d", tt.host, tt.addr, w.Code, tt.status)
			}
		})
	}
}

// traversals are paths that try to reach files outside the assets.
var traversals = []string{
	"/../../etc/passwd",
	"/..%2f..%2fetc%2fpasswd",
	"/%2e%2e/%2e%2e/etc/passwd",
	"/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
	"/assets/../../etc/passwd",
	"/app.js/../../../../etc/passwd",
	"//etc/passwd",
	"/..\\..\\etc\\passwd",
	"/..%5c..%5cetc%5cpasswd",
	"/%00/etc/passwd",
	"/index.html%00.js",
	"/assets/app.js",
	"/assets/",
	"/http.go",
	"/api.go",
	"/testdata/samples.jsonl",
	"/.git/config",
	"/etc/passwd",
	"/api/documents/..%2f..%2fetc%2fpasswd",
}

func TestNoFileOutsideAssets(t *testing.T) {
	h := NewServer(MustOpenStore(t), Options{}).Handler()
	for _, p := range traversals {
		t.Run(p, func(t *testing.T) {
			r := newRequest("GET", "/", nil)
			r.URL = &url.URL{Path: mustUnescape(t, p), RawPath: p}
			r.RequestURI = p
			w := httptest.NewRecorder()
			h.ServeHTTP(w, r)
			body := w.Body.String()
			if w.Code == 200 || strings.Contains(body, "root:") || strings.Contains(body, "package http") {
				t.Errorf("GET %s: status %d, body %.80q", p, w.Code, body)
			}
		})
	}
	// the same over a real connection, where no client cleans the path
	s := NewServer(MustOpenStore(t), Options{Addr: "127.0.0.1:0"})
	if err := s.Open(); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	host := strings.TrimPrefix(s.URL(), "http://")
	for _, p := range traversals {
		status, body := rawGet(t, host, p)
		if status == 200 || strings.Contains(body, "root:") || strings.Contains(body, "package http") {
			t.Errorf("raw GET %s: status %d, body %.80q", p, status, body)
		}
	}
}

func mustUnescape(tb testing.TB, p string) string {
	tb.Helper()
	u, err := url.PathUnescape(p)
	if err != nil {
		return p
	}
	return u
}

// rawGet sends a request line as is and returns the status and body.
func rawGet(tb testing.TB, host, target string) (int, string) {
	tb.Helper()
	c, err := net.DialTimeout("tcp", host, 5*time.Second)
	if err != nil {
		tb.Fatal(err)
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(5 * time.Second))
	fmt.Fprintf(c, "GET %s HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n", target)
	resp, err := nethttp.ReadResponse(bufio.NewReader(c), nil)
	if err != nil {
		tb.Fatalf("read response to %s: %v", target, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func TestAssets(t *testing.T) {
	h := NewServer(MustOpenStore(t), Options{}).Handler()
	tests := []struct {
		path, ctype, contains string
	}{
		{"/", "text/html", "<table id=\"events\">"},
		{"/app.js", "javascript", "function drawTimeline"},
		{"/app.css", "text/css", ".drawer"},
		{"/favicon.svg", "image/svg+xml", "<svg"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			w, body := get(t, h, "GET", tt.path)
			if w.Code != 200 || !strings.Contains(w.Header().Get("Content-Type"), tt.ctype) || !strings.Contains(string(body), tt.contains) {
				t.Fatalf("GET %s: status %d, type %q, want 200, %s, with %q", tt.path, w.Code, w.Header().Get("Content-Type"), tt.ctype, tt.contains)
			}
			etag := w.Header().Get("ETag")
			r := newRequest("GET", tt.path, nil)
			r.Header.Set("If-None-Match", etag)
			w2 := httptest.NewRecorder()
			h.ServeHTTP(w2, r)
			if w2.Code != 304 {
				t.Errorf("GET %s with ETag %s: status %d, want 304", tt.path, etag, w2.Code)
			}
		})
	}
	// the page holds no inline script or style and loads nothing remote
	_, page := get(t, h, "GET", "/")
	for _, bad := range []string{"<script>", "style=", "onclick=", "http://", "https://"} {
		if strings.Contains(string(page), bad) {
			t.Errorf("index.html contains %q", bad)
		}
	}
}

// failStore is a store whose queries fail or block.
type failStore struct {
	dyad.Store
	err   error
	block chan struct{}
}

func (s failStore) Stats(ctx context.Context) (dyad.Stats, error) {
	if s.block != nil {
		select {
		case <-s.block:
		case <-ctx.Done():
			return dyad.Stats{}, ctx.Err()
		}
	}
	return dyad.Stats{}, s.err
}

func TestInternalError(t *testing.T) {
	var logged strings.Builder
	opts := Options{ErrorLog: newLogger(&logged)}
	h := NewServer(failStore{err: errors.New("disk on fire")}, opts).Handler()
	w, body := get(t, h, "GET", "/api/stats")
	if w.Code != 500 {
		t.Fatalf("status %d, want 500", w.Code)
	}
	if e := decode[errorBody](t, body); e.Error != "internal error" {
		t.Errorf("error %q, want the detail kept from the client", e.Error)
	}
	if !strings.Contains(logged.String(), "disk on fire") {
		t.Errorf("log %q, want the detail", logged.String())
	}
}

func TestBusyAndTimeout(t *testing.T) {
	block := make(chan struct{})
	defer close(block)
	h := NewServer(failStore{block: block}, Options{MaxConcurrent: 1, QueryTimeout: 300 * time.Millisecond}).Handler()
	first := make(chan int)
	go func() {
		w, _ := get(t, h, "GET", "/api/stats")
		first <- w.Code
	}()
	time.Sleep(50 * time.Millisecond)
	if w, body := get(t, h, "GET", "/api/stats"); w.Code != 503 {
		t.Errorf("second request: status %d (%s), want 503 while the first runs", w.Code, body)
	}
	if code := <-first; code != 503 {
		t.Errorf("blocked request: status %d, want 503 after the query timeout", code)
	}
}

func TestServerLifecycle(t *testing.T) {
	s := NewServer(MustSampleStore(t), Options{Addr: "127.0.0.1:0"})
	if s.URL() != "" {
		t.Errorf("URL before Open = %q, want empty", s.URL())
	}
	if err := s.Open(); err != nil {
		t.Fatal(err)
	}
	if err := s.Open(); err == nil {
		t.Errorf("second Open: no error")
	}
	if !strings.HasPrefix(s.URL(), "http://127.0.0.1:") {
		t.Errorf("URL=%q", s.URL())
	}
	srv := s.srv
	if srv.ReadHeaderTimeout == 0 || srv.ReadTimeout == 0 || srv.WriteTimeout == 0 || srv.IdleTimeout == 0 || srv.MaxHeaderBytes == 0 {
		t.Errorf("timeouts and header limit not all set: %+v", srv)
	}
	resp, err := nethttp.Get(s.URL() + "/api/stats")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Errorf("GET /api/stats: status %d", resp.StatusCode)
	}
	// a request line far over the header limit is refused
	big := s.URL() + "/api/events?q=" + strings.Repeat("a", 64<<10)
	if resp, err := nethttp.Get(big); err == nil {
		resp.Body.Close()
		if resp.StatusCode != 431 && resp.StatusCode != 400 {
			t.Errorf("huge URL: status %d, want 431", resp.StatusCode)
		}
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if s.URL() != "" {
		t.Errorf("URL after Close = %q", s.URL())
	}
	if err := s.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
}

func TestPostDocument(t *testing.T) {
	p := mustPipeline(t)
	st := MustOpenStore(t)
	h := NewServer(st, Options{AllowWrite: true, Code: p.Code, MaxBody: 4096}).Handler()
	doc := `{"id":"post-1","lang":"en","published":"2025-04-02","text":"Japan and South Korea signed a trade agreement on Tuesday."}`
	tests := []struct {
		name, ctype, body string
		status            int
		want              string
	}{
		{"new", "application/json", doc, 201, `"stored":true`},
		{"again", "application/json; charset=utf-8", doc, 200, `"stored":false`},
		{"no id", "application/json", `{"lang":"en","text":"India criticized Pakistan on Monday.","published":"2025-04-01"}`, 201, `"id":"post-`},
		{"form", "application/x-www-form-urlencoded", doc, 415, "media type"},
		{"no type", "", doc, 415, "media type"},
		{"bad json", "application/json", `{"text":`, 400, "malformed"},
		{"two documents", "application/json", doc + doc, 400, "one document"},
		{"bad date", "application/json", `{"text":"x","published":"yesterday"}`, 400, "published"},
		{"empty", "application/json", `{"id":"e","text":"  "}`, 422, "empty"},
		{"too large", "application/json", `{"text":"` + strings.Repeat("a", 5000) + `"}`, 413, "too large"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := newRequest("POST", "/api/documents", strings.NewReader(tt.body))
			if tt.ctype != "" {
				r.Header.Set("Content-Type", tt.ctype)
			}
			w := httptest.NewRecorder()
			h.ServeHTTP(w, r)
			if w.Code != tt.status || !strings.Contains(w.Body.String(), tt.want) {
				t.Errorf("status %d, body %s; want %d with %q", w.Code, w.Body, tt.status, tt.want)
			}
		})
	}
	w, body := get(t, h, "GET", "/api/events?doc=post-1")
	if p := decode[dyad.EventPage](t, body); w.Code != 200 || len(p.Events) == 0 {
		t.Errorf("events of the posted document: status %d, %d events", w.Code, len(p.Events))
	}
	if w, _ := get(t, h, "GET", "/api/stats"); !strings.Contains(w.Body.String(), `"writable":true`) {
		t.Errorf("stats %s, want writable", w.Body)
	}
}

func TestLoopbackRequest(t *testing.T) {
	tests := []struct {
		host string
		want bool
	}{
		{"localhost", true}, {"LOCALHOST:80", true}, {"localhost.", true}, {"a.localhost:1", true},
		{"127.0.0.1", true}, {"127.1.2.3:8080", true}, {"[::1]:8080", true}, {"::1", true},
		{"", false}, {"example.com", false}, {"localhost.example.com", false}, {"10.0.0.1", false},
		{"[::ffff:127.0.0.1]:80", true}, {"0.0.0.0", false},
	}
	for _, tt := range tests {
		if got := loopbackRequest(tt.host); got != tt.want {
			t.Errorf("loopbackRequest(%q)=%v, want %v", tt.host, got, tt.want)
		}
	}
}

func FuzzParseFilter(f *testing.F) {
	for _, s := range []string{"", "actor=RUS&from=2025-01-01", "quad=3&cameo=19&limit=10", "q=%ff", "limit=99999999999999999999", "a=1&a=2"} {
		f.Add(s)
	}
	s := NewServer(nil, Options{MaxPage: 50})
	f.Fuzz(func(t *testing.T, raw string) {
		if len(raw) > 4096 {
			return
		}
		q, err := url.ParseQuery(raw)
		if err != nil {
			return
		}
		fl, err := s.parseFilter(q, filterParams, pageParams)
		if err != nil {
			if !errors.Is(err, dyad.ErrBadFilter) {
				t.Errorf("error %v is not ErrBadFilter", err)
			}
			return
		}
		if fl.Quad < 0 || fl.Quad > 4 || fl.Limit < 1 || fl.Limit > 50 || fl.Offset < 0 || fl.Offset > maxOffset {
			t.Errorf("filter out of bounds: %+v", fl)
		}
		if fl.From != "" && fl.To != "" && fl.From > fl.To {
			t.Errorf("from %s after to %s", fl.From, fl.To)
		}
	})
}

func BenchmarkEvents(b *testing.B) {
	h := NewServer(MustSampleStore(b), Options{}).Handler()
	for _, bb := range []struct{ name, path string }{
		{"events", "/api/events?limit=50"},
		{"events-actor-dates", "/api/events?actor=RUS&from=2025-03-01&to=2025-03-31"},
		{"timeline-week-quads", "/api/timeline?by=week&split=quad"},
		{"dyads", "/api/dyads?limit=120"},
		{"page", "/"},
	} {
		b.Run(bb.name, func(b *testing.B) {
			for b.Loop() {
				w, _ := get(b, h, "GET", bb.path)
				if w.Code != 200 {
					b.Fatalf("status %d", w.Code)
				}
			}
		})
	}
}
