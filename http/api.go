package http

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"mime"
	nethttp "net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dyad-events/dyad"
)

// apiFunc answers an API request with a status (0 for 200) and a value to
// write as JSON, or an error.
type apiFunc func(r *nethttp.Request) (int, any, error)

// api wraps an endpoint: it checks the method, bounds concurrency and
// time, and writes the answer or the error as JSON. GET allows HEAD.
func (s *Server) api(fn apiFunc, methods ...string) nethttp.Handler {
	allowed := slices.Clone(methods)
	if slices.Contains(allowed, nethttp.MethodGet) {
		allowed = append(allowed, nethttp.MethodHead)
	}
	if !s.opts.AllowWrite {
		allowed = slices.DeleteFunc(allowed, func(m string) bool { return m != nethttp.MethodGet && m != nethttp.MethodHead })
	}
	allow := strings.Join(allowed, ", ")
	return nethttp.HandlerFunc(func(w nethttp.ResponseWriter, r *nethttp.Request) {
		if !slices.Contains(allowed, r.Method) {
			w.Header().Set("Allow", allow)
			err := errMethod
			if !s.opts.AllowWrite && r.Method != nethttp.MethodGet && r.Method != nethttp.MethodHead {
				err = errReadOnly
			}
			writeError(w, r, s.opts.ErrorLog, err)
			return
		}
		select {
		case s.sem <- struct{}{}:
			defer func() { <-s.sem }()
		default:
			writeError(w, r, s.opts.ErrorLog, errBusy)
			return
		}
		ctx, cancel := context.WithTimeout(r.Context(), s.opts.QueryTimeout)
		defer cancel()
		status, v, err := fn(r.WithContext(ctx))
		if err != nil {
			writeError(w, r, s.opts.ErrorLog, err)
			return
		}
		if status == 0 {
			status = nethttp.StatusOK
		}
		writeJSON(w, status, v)
	})
}

// The query parameters of the endpoints.
var (
	filterParams   = []string{"actor", "source", "target", "cameo", "quad", "plover", "from", "to", "lang", "q", "doc", "min_mentions"}
	pageParams     = []string{"limit", "offset"}
	timelineParams = []string{"by", "split"}
)

// Limits of query parameter values.
const (
	maxParamLen = 256
	maxOffset   = 1_000_000
	maxIDLen    = 512
)

// badFilter returns an ErrBadFilter error.
func badFilter(format string, args ...any) error {
	return fmt.Errorf("%w: %s", dyad.ErrBadFilter, fmt.Sprintf(format, args...))
}

// parseFilter reads a dyad.Filter from query parameters. Every parameter
// must be one of allowed and appear at most once.
func (s *Server) parseFilter(q url.Values, allowed ...[]string) (dyad.Filter, error) {
	var f dyad.Filter
	for name, vals := range q {
		ok := false
		for _, set := range allowed {
			ok = ok || slices.Contains(set, name)
		}
		if !ok {
			return f, badFilter("unknown parameter %q", truncate(name, 40))
		}
		if len(vals) > 1 {
			return f, badFilter("parameter %q given %d times", name, len(vals))
		}
		if len(vals[0]) > maxParamLen {
			return f, badFilter("parameter %q longer than %d bytes", name, maxParamLen)
		}
		if !utf8.ValidString(vals[0]) {
			return f, badFilter("parameter %q is not UTF-8", name)
		}
	}
	var err error
	get := func(name string) string { return strings.TrimSpace(q.Get(name)) }
	if f.Actor, err = actorParam("actor", get("actor")); err != nil {
		return f, err
	}
	if f.Source, err = actorParam("source", get("source")); err != nil {
		return f, err
	}
	if f.Target, err = actorParam("target", get("target")); err != nil {
		return f, err
	}
	if v := get("cameo"); v != "" {
		if len(v) < 2 || len(v) > 4 || strings.Trim(v, "0123456789") != "" {
			return f, badFilter("cameo %q: want 2 to 4 digits", v)
		}
		f.CAMEO = v
	}
	if v := get("quad"); v != "" {
		if f.Quad, err = intParam("quad", v, 1, 4); err != nil {
			return f, err
		}
	}
	if v := get("plover"); v != "" {
		if len(v) > 24 || strings.TrimFunc(v, func(r rune) bool { return r < unicode.MaxASCII && (unicode.IsLetter(r) || r == '_') }) != "" {
			return f, badFilter("plover %q: want a PLOVER type such as AGREE", v)
		}
		f.Plover = strings.ToUpper(v)
	}
	if f.From, err = dateParam("from", get("from")); err != nil {
		return f, err
	}
	if f.To, err = dateParam("to", get("to")); err != nil {
		return f, err
	}
	if f.From != "" && f.To != "" && f.From > f.To {
		return f, badFilter("from %s is after to %s", f.From, f.To)
	}
	if v := get("lang"); v != "" {
		if len(v) < 2 || len(v) > 3 || strings.Trim(strings.ToLower(v), "abcdefghijklmnopqrstuvwxyz") != "" {
			return f, badFilter("lang %q: want an ISO 639-1 code such as fr", v)
		}
		f.Lang = strings.ToLower(v)
	}
	if v := get("q"); v != "" {
		if strings.IndexFunc(v, unicode.IsControl) >= 0 {
			return f, badFilter("q contains control characters")
		}
		f.Text = v
	}
	if v := get("doc"); v != "" {
		if strings.IndexFunc(v, unicode.IsControl) >= 0 {
			return f, badFilter("doc contains control characters")
		}
		f.DocID = v
	}
	if v := get("min_mentions"); v != "" {
		if f.MinMentions, err = intParam("min_mentions", v, 1, 1_000_000_000); err != nil {
			return f, err
		}
	}
	f.Limit = s.opts.DefaultPage
	if v := get("limit"); v != "" {
		if f.Limit, err = intParam("limit", v, 1, 1<<31-1); err != nil {
			return f, err
		}
		f.Limit = min(f.Limit, s.opts.MaxPage)
	}
	if v := get("offset"); v != "" {
		if f.Offset, err = intParam("offset", v, 0, maxOffset); err != nil {
			return f, err
		}
	}
	return f, nil
}

// actorParam checks an actor key or CAMEO actor code: letters, digits and
// ':' ("RUS", "IGO:UN", "RUSGOV"). It returns it upper-cased.
func actorParam(name, v string) (string, error) {
	if v == "" {
		return "", nil
	}
	if len(v) > 40 || strings.TrimFunc(v, func(r rune) bool {
		return r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == ':' || r == '_' || r == '-')
	}) != "" {
		return "", badFilter("%s %q: want an actor key (RUS, IGO:UN) or code (RUSGOV)", name, truncate(v, 40))
	}
	return strings.ToUpper(v), nil
}

// dateParam checks a YYYY-MM-DD date.
func dateParam(name, v string) (string, error) {
	if v == "" {
		return "", nil
	}
	if _, err := time.Parse("2006-01-02", v); err != nil || len(v) != 10 {
		return "", badFilter("%s %q: want a date YYYY-MM-DD", name, truncate(v, 40))
	}
	return v, nil
}

// intParam parses an integer in [lo, hi].
func intParam(name, v string, lo, hi int) (int, error) {
	n, err := strconv.Atoi(v)
	if err != nil || n < lo || n > hi {
		return 0, badFilter("%s %q: want an integer from %d to %d", name, truncate(v, 40), lo, hi)
	}
	return n, nil
}

// truncate shortens s to at most n bytes for an error message.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "..."
}

// getEvents answers GET /api/events: one page of events.
func (s *Server) getEvents(r *nethttp.Request) (int, any, error) {
	f, err := s.parseFilter(r.URL.Query(), filterParams, pageParams)
	if err != nil {
		return 0, nil, err
	}
	page, err := s.store.Events(r.Context(), f)
	if err != nil {
		return 0, nil, fmt.Errorf("query events: %w", err)
	}
	if page.Events == nil {
		page.Events = []dyad.StoredEvent{}
	}
	if page.Limit == 0 {
		page.Limit, page.Offset = f.Limit, f.Offset
	}
	return 0, page, nil
}

// timelineResponse is the answer of GET /api/timeline.
type timelineResponse struct {
	By      dyad.Period   `json:"by"`
	Buckets []dyad.Bucket `json:"buckets"`
	// Quads, with split=quad, holds the buckets of each quad class 1-4.
	Quads *[4][]dyad.Bucket `json:"quads,omitempty"`
}

// getTimeline answers GET /api/timeline: events per day, week or month.
func (s *Server) getTimeline(r *nethttp.Request) (int, any, error) {
	q := r.URL.Query()
	f, err := s.parseFilter(q, filterParams, timelineParams)
	if err != nil {
		return 0, nil, err
	}
	f.Limit = 0
	by := dyad.Period(q.Get("by"))
	switch by {
	case "":
		by = dyad.Day
	case dyad.Day, dyad.Week, dyad.Month:
	default:
		return 0, nil, badFilter("by %q: want day, week or month", truncate(string(by), 40))
	}
	split := q.Get("split")
	if split != "" && split != "quad" {
		return 0, nil, badFilter("split %q: want quad", truncate(split, 40))
	}
	resp := timelineResponse{By: by}
	if resp.Buckets, err = s.store.Timeline(r.Context(), f, by); err != nil {
		return 0, nil, fmt.Errorf("query timeline: %w", err)
	}
	if resp.Buckets == nil {
		resp.Buckets = []dyad.Bucket{}
	}
	if split == "quad" {
		var quads [4][]dyad.Bucket
		for i := range quads {
			quads[i] = []dyad.Bucket{}
			if f.Quad != 0 && f.Quad != i+1 {
				continue
			}
			fq := f
			fq.Quad = i + 1
			b, err := s.store.Timeline(r.Context(), fq, by)
			if err != nil {
				return 0, nil, fmt.Errorf("query timeline of quad %d: %w", i+1, err)
			}
			if b != nil {
				quads[i] = b
			}
		}
		resp.Quads = &quads
	}
	return 0, resp, nil
}

// getDyads answers GET /api/dyads: events per (source, target) pair.
func (s *Server) getDyads(r *nethttp.Request) (int, any, error) {
	f, err := s.parseFilter(r.URL.Query(), filterParams, pageParams)
	if err != nil {
		return 0, nil, err
	}
	d, err := s.store.Dyads(r.Context(), f)
	if err != nil {
		return 0, nil, fmt.Errorf("query dyads: %w", err)
	}
	if d == nil {
		d = []dyad.DyadCount{}
	}
	if len(d) > f.Limit {
		d = d[:f.Limit]
	}
	return 0, struct {
		Dyads []dyad.DyadCount `json:"dyads"`
	}{d}, nil
}

// getActors answers GET /api/actors: events per actor.
func (s *Server) getActors(r *nethttp.Request) (int, any, error) {
	f, err := s.parseFilter(r.URL.Query(), filterParams, pageParams)
	if err != nil {
		return 0, nil, err
	}
	a, err := s.store.Actors(r.Context(), f)
	if err != nil {
		return 0, nil, fmt.Errorf("query actors: %w", err)
	}
	if a == nil {
		a = []dyad.ActorCount{}
	}
	if len(a) > f.Limit {
		a = a[:f.Limit]
	}
	return 0, struct {
		Actors []dyad.ActorCount `json:"actors"`
	}{a}, nil
}

// statsResponse is the answer of GET /api/stats.
type statsResponse struct {
	dyad.Stats
	Writable bool `json:"writable"` // POST /api/documents is enabled
	MaxPage  int  `json:"max_page"` // the largest limit a request may ask for
}

// getStats answers GET /api/stats.
func (s *Server) getStats(r *nethttp.Request) (int, any, error) {
	if len(r.URL.Query()) > 0 {
		return 0, nil, badFilter("stats takes no parameters")
	}
	st, err := s.store.Stats(r.Context())
	if err != nil {
		return 0, nil, fmt.Errorf("query stats: %w", err)
	}
	return 0, statsResponse{Stats: st, Writable: s.opts.AllowWrite && s.opts.Code != nil, MaxPage: s.opts.MaxPage}, nil
}

// documentResponse is the answer of GET /api/documents/{id}.
type documentResponse struct {
	Document dyad.StoredDocument `json:"document"`
	Events   []dyad.StoredEvent  `json:"events"`
}

// getDocument answers GET /api/documents/{id}: a document and its events.
func (s *Server) getDocument(r *nethttp.Request) (int, any, error) {
	id := r.PathValue("id")
	if err := checkID(id); err != nil {
		return 0, nil, err
	}
	if len(r.URL.Query()) > 0 {
		return 0, nil, badFilter("documents take no parameters")
	}
	doc, evs, err := s.store.Document(r.Context(), id)
	if err != nil {
		return 0, nil, fmt.Errorf("get document %q: %w", truncate(id, 80), err)
	}
	if evs == nil {
		evs = []dyad.StoredEvent{}
	}
	return 0, documentResponse{Document: doc, Events: evs}, nil
}

// checkID checks a document id from a path or a posted document.
func checkID(id string) error {
	switch {
	case id == "":
		return badFilter("missing document id")
	case len(id) > maxIDLen:
		return badFilter("document id longer than %d bytes", maxIDLen)
	case !utf8.ValidString(id) || strings.IndexFunc(id, unicode.IsControl) >= 0:
		return badFilter("document id with control characters or invalid UTF-8")
	}
	return nil
}

// postResponse is the answer of POST /api/documents.
type postResponse struct {
	ID     string `json:"id"`
	Stored bool   `json:"stored"` // false when the same text was already stored
	Events int    `json:"events"` // events coded from the document
}

// postDocument answers POST /api/documents: code a JSON document and store
// it. Only with Options.AllowWrite.
func (s *Server) postDocument(r *nethttp.Request) (int, any, error) {
	if s.opts.Code == nil {
		return 0, nil, fmt.Errorf("%w: no coder configured", errReadOnly)
	}
	mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil || mt != "application/json" {
		return 0, nil, fmt.Errorf("%w: want application/json", errMediaType)
	}
	var doc dyad.Document
	dec := json.NewDecoder(r.Body)
	if err := dec.Decode(&doc); err != nil {
		var tooLarge *nethttp.MaxBytesError
		if errors.As(err, &tooLarge) {
			return 0, nil, fmt.Errorf("%w: body over %d bytes", dyad.ErrTooLarge, tooLarge.Limit)
		}
		return 0, nil, fmt.Errorf("%w: decode document: %v", dyad.ErrMalformed, err)
	}
	if dec.More() {
		return 0, nil, fmt.Errorf("%w: one document per request", dyad.ErrMalformed)
	}
	if !utf8.ValidString(doc.Text) {
		return 0, nil, fmt.Errorf("%w: text is not UTF-8", dyad.ErrMalformed)
	}
	if doc.ID == "" {
		sum := sha256.Sum256([]byte(doc.Text))
		doc.ID = "post-" + hex.EncodeToString(sum[:6])
	}
	if err := checkID(doc.ID); err != nil {
		return 0, nil, fmt.Errorf("%w: %v", dyad.ErrMalformed, err)
	}
	if doc.Published != "" {
		if _, err := time.Parse("2006-01-02", doc.Published); err != nil {
			if _, err := time.Parse("2006-01", doc.Published); err != nil {
				return 0, nil, fmt.Errorf("%w: published %q: want YYYY-MM-DD or YYYY-MM", dyad.ErrMalformed, truncate(doc.Published, 40))
			}
		}
	}
	evs, err := s.opts.Code(doc)
	if err != nil {
		return 0, nil, fmt.Errorf("code document: %w", err)
	}
	stored, err := s.store.Ingest(r.Context(), doc, evs)
	if err != nil {
		return 0, nil, fmt.Errorf("store document: %w", err)
	}
	status := nethttp.StatusOK
	if stored {
		status = nethttp.StatusCreated
	}
	return status, postResponse{ID: doc.ID, Stored: stored, Events: len(evs)}, nil
}
