// Package http serves a dyad.Store over HTTP: a read-only JSON API under
// /api/ (events, timeline, dyads, actors, documents, stats) and a web page
// for analysts, served from assets embedded in the binary: a filterable
// event table whose rows open the document with its evidence highlighted,
// a timeline of cooperation and conflict, and a network of who acts on whom.
//
// The server is meant to be left running: it binds to loopback by default
// and then answers only requests addressed to a loopback host name, sets
// read, header, write and idle timeouts, caps header and body sizes and the
// page size, validates every query parameter, serves no file outside the
// embedded assets, sends a content security policy that allows no inline
// script, and accepts only GET and HEAD unless Options.AllowWrite enables
// POST /api/documents. docs/api.md is the contract of the API.
package http

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	nethttp "net/http"
	"strings"
	"sync"
	"time"

	"github.com/dyad-events/dyad"
)

// Defaults of Options.
const (
	DefaultAddr          = "127.0.0.1:8080"
	DefaultPageSize      = 50
	DefaultMaxPage       = 500
	DefaultMaxBody       = 4 << 20
	DefaultQueryTimeout  = 15 * time.Second
	DefaultMaxConcurrent = 32
)

// Server timeouts and limits that are not options.
const (
	readHeaderTimeout = 5 * time.Second
	readTimeout       = 30 * time.Second
	writeTimeout      = 60 * time.Second
	idleTimeout       = 120 * time.Second
	maxHeaderBytes    = 32 << 10
	shutdownTimeout   = 5 * time.Second
)

// Options configure a Server. Zero fields take the defaults.
type Options struct {
	// Addr is the address to listen on, host:port; port 0 picks a free
	// port. Default 127.0.0.1:8080 (loopback only).
	Addr string
	// AllowWrite enables POST /api/documents, which codes a document with
	// Code and stores it. Without it the server is read-only.
	AllowWrite bool
	// Code codes a posted document into events; POST /api/documents needs
	// it (the server imports no coder itself).
	Code func(dyad.Document) ([]dyad.Event, error)
	// DefaultPage is the page size when a request gives no limit
	// (default 50).
	DefaultPage int
	// MaxPage caps the page size a request may ask for (default 500).
	MaxPage int
	// MaxBody caps a request body in bytes (default 4 MiB).
	MaxBody int64
	// QueryTimeout bounds the time one store call may take (default 15s).
	QueryTimeout time.Duration
	// MaxConcurrent caps the API requests served at once; more are
	// answered 503 (default 32).
	MaxConcurrent int
	// ErrorLog receives internal errors (the 500s) and the server's own
	// messages; nil discards them.
	ErrorLog *log.Logger
}

// withDefaults fills the zero fields of o.
func (o Options) withDefaults() Options {
	if o.Addr == "" {
		o.Addr = DefaultAddr
	}
	if o.MaxPage <= 0 {
		o.MaxPage = DefaultMaxPage
	}
	if o.DefaultPage <= 0 {
		o.DefaultPage = DefaultPageSize
	}
	if o.DefaultPage > o.MaxPage {
		o.DefaultPage = o.MaxPage
	}
	if o.MaxBody <= 0 {
		o.MaxBody = DefaultMaxBody
	}
	if o.QueryTimeout <= 0 {
		o.QueryTimeout = DefaultQueryTimeout
	}
	if o.MaxConcurrent <= 0 {
		o.MaxConcurrent = DefaultMaxConcurrent
	}
	if o.ErrorLog == nil {
		o.ErrorLog = log.New(io.Discard, "", 0)
	}
	return o
}

// Server serves a store's events over HTTP.
type Server struct {
	store    dyad.Store
	opts     Options
	handler  nethttp.Handler
	sem      chan struct{}
	loopback bool // only loopback Host headers are answered

	mu  sync.Mutex
	ln  net.Listener
	srv *nethttp.Server
}

// NewServer returns a server of store. It does not listen until Open.
func NewServer(store dyad.Store, opts Options) *Server {
	opts = opts.withDefaults()
	s := &Server{
		store: store,
		opts:  opts,
		sem:   make(chan struct{}, opts.MaxConcurrent),
	}
	if host, _, err := net.SplitHostPort(opts.Addr); err == nil {
		s.loopback = isLoopbackHost(host)
	}
	s.handler = s.routes()
	return s
}

// Handler returns the server's handler, for tests and for embedding in
// another server.
func (s *Server) Handler() nethttp.Handler { return s.handler }

// Open starts listening on Options.Addr and serving in the background.
func (s *Server) Open() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ln != nil {
		return errors.New("open server: already open")
	}
	ln, err := net.Listen("tcp", s.opts.Addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", s.opts.Addr, err)
	}
	srv := &nethttp.Server{
		Handler:           s.handler,
		ReadHeaderTimeout: readHeaderTimeout,
		ReadTimeout:       readTimeout,
		WriteTimeout:      writeTimeout,
		IdleTimeout:       idleTimeout,
		MaxHeaderBytes:    maxHeaderBytes,
		ErrorLog:          s.opts.ErrorLog,
	}
	s.ln, s.srv = ln, srv
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, nethttp.ErrServerClosed) {
			s.opts.ErrorLog.Printf("serve: %v", err)
		}
	}()
	return nil
}

// URL returns the base URL the server listens on ("http://127.0.0.1:8080"),
// or "" before Open.
func (s *Server) URL() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ln == nil {
		return ""
	}
	return "http://" + s.ln.Addr().String()
}

// Close stops the server, letting requests in flight finish for a few
// seconds. It does not close the store.
func (s *Server) Close() error {
	s.mu.Lock()
	srv := s.srv
	s.srv, s.ln = nil, nil
	s.mu.Unlock()
	if srv == nil {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(ctx); err != nil {
		srv.Close()
		return fmt.Errorf("shut down server: %w", err)
	}
	return nil
}

// routes builds the handler: the API, the assets, and the headers every
// response carries.
func (s *Server) routes() nethttp.Handler {
	mux := nethttp.NewServeMux()
	mux.Handle("/api/events", s.api(s.getEvents, nethttp.MethodGet))
	mux.Handle("/api/timeline", s.api(s.getTimeline, nethttp.MethodGet))
	mux.Handle("/api/dyads", s.api(s.getDyads, nethttp.MethodGet))
	mux.Handle("/api/actors", s.api(s.getActors, nethttp.MethodGet))
	mux.Handle("/api/stats", s.api(s.getStats, nethttp.MethodGet))
	mux.Handle("/api/documents/{id...}", s.api(s.getDocument, nethttp.MethodGet))
	mux.Handle("/api/documents", s.api(s.postDocument, nethttp.MethodPost))
	mux.Handle("/api/", s.api(func(*nethttp.Request) (int, any, error) {
		return 0, nil, fmt.Errorf("%w: no such endpoint", dyad.ErrNotFound)
	}, nethttp.MethodGet, nethttp.MethodPost))
	mux.Handle("/", assetHandler())
	return s.guard(mux)
}

// guard sets the security headers of every response, refuses requests
// addressed to a host other than loopback when the server is bound to
// loopback (DNS rebinding), and caps the request body.
func (s *Server) guard(next nethttp.Handler) nethttp.Handler {
	return nethttp.HandlerFunc(func(w nethttp.ResponseWriter, r *nethttp.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", contentSecurityPolicy)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		h.Set("Cross-Origin-Resource-Policy", "same-origin")
		h.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()")
		if s.loopback && !loopbackRequest(r.Host) {
			writeError(w, r, s.opts.ErrorLog, fmt.Errorf("%w: host %q", errForbiddenHost, r.Host))
			return
		}
		r.Body = nethttp.MaxBytesReader(w, r.Body, s.opts.MaxBody)
		next.ServeHTTP(w, r)
	})
}

// contentSecurityPolicy allows only the page's own files: no inline script
// or style, no third-party origin, no framing.
const contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"connect-src 'self'; font-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// isLoopbackHost reports whether a listen host is loopback only.
func isLoopbackHost(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// loopbackRequest reports whether a request's Host header names a loopback
// host: localhost, *.localhost, 127.0.0.0/8 or ::1.
func loopbackRequest(hostport string) bool {
	host := hostport
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.Trim(host, "[]"), ".")
	if strings.EqualFold(host, "localhost") || strings.HasSuffix(strings.ToLower(host), ".localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
