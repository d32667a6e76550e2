package dyad

import (
	"context"
	"errors"
	"time"
)

// Store errors.
var (
	// ErrNotFound reports a document or event the store does not hold.
	ErrNotFound = errors.New("not found")
	// ErrBadFilter reports an invalid query parameter.
	ErrBadFilter = errors.New("invalid filter")
)

// Store keeps coded documents and their events, deduplicated across
// documents: the same event (date, source, target, code) reported by
// several articles is one StoredEvent with several mentions. Every method
// is safe for concurrent use. The sqlite package is the embedded
// implementation; others (PostgreSQL) implement the same interface.
type Store interface {
	// Ingest stores a document and its events in one transaction. A
	// document whose text is already stored (same content hash) is
	// skipped and Ingest returns false.
	Ingest(ctx context.Context, doc Document, events []Event) (stored bool, err error)
	// Events returns the deduplicated events that match f, newest first,
	// with their mentions.
	Events(ctx context.Context, f Filter) (EventPage, error)
	// Timeline aggregates the events that match f per period.
	Timeline(ctx context.Context, f Filter, by Period) ([]Bucket, error)
	// Dyads counts the events that match f per (source, target) pair of
	// actor keys, most events first.
	Dyads(ctx context.Context, f Filter) ([]DyadCount, error)
	// Actors counts the events that match f per actor key (as source or
	// target), most events first.
	Actors(ctx context.Context, f Filter) ([]ActorCount, error)
	// Document returns a stored document and its events.
	Document(ctx context.Context, id string) (StoredDocument, []StoredEvent, error)
	// Stats counts what the store holds.
	Stats(ctx context.Context) (Stats, error)
	// Close releases the store.
	Close() error
}

// Filter selects events. Zero fields do not filter.
type Filter struct {
	Actor       string // actor key (ISO3 or IGO:<ID>) or CAMEO actor code, as source or target
	Source      string // actor key or code of the source
	Target      string // actor key or code of the target
	CAMEO       string // event code or code prefix ("05", "057", "0571")
	Quad        int    // 1-4
	Plover      string // PLOVER type
	From, To    string // event dates, YYYY-MM-DD, inclusive
	Lang        string // language of a mention's document
	Text        string // full-text search in the evidence
	Limit       int    // page size; the store caps it
	Offset      int    // page start
	DocID       string // events mentioned in this document
	MinMentions int    // at least this many mentions
}

// Period is the size of a timeline bucket.
type Period string

// The timeline periods.
const (
	Day   Period = "day"
	Week  Period = "week"
	Month Period = "month"
)

// StoredDocument is a document as the store holds it.
type StoredDocument struct {
	Document
	Hash     string    `json:"hash"`     // SHA-256 of the text, hex
	Ingested time.Time `json:"ingested"` // when it was stored
	Events   int       `json:"events"`   // events coded from it
}

// StoredEvent is a deduplicated event: one (date, source, target, code)
// with every mention that reports it, like GDELT's events and mentions.
type StoredEvent struct {
	ID            int64          `json:"id"`
	Date          string         `json:"date"` // YYYY-MM-DD, "" when unknown
	DatePrecision string         `json:"date_precision"`
	Source        Actor          `json:"source"`
	Target        Actor          `json:"target"`
	CAMEO         string         `json:"cameo"`
	Root          string         `json:"root"`
	Quad          int            `json:"quad"`
	Goldstein     float64        `json:"goldstein"`
	Plover        Plover         `json:"plover"`
	Location      *Location      `json:"location"`
	NumMentions   int            `json:"num_mentions"` // mentions in all documents
	NumSources    int            `json:"num_sources"`  // distinct source sites (URL hosts)
	NumArticles   int            `json:"num_articles"` // distinct documents
	Added         time.Time      `json:"added"`        // first stored
	SourceURL     string         `json:"source_url"`   // URL of the first document that reported it
	Mentions      []EventMention `json:"mentions,omitempty"`
}

// EventMention is one report of an event: where a document asserts it.
type EventMention struct {
	DocID    string   `json:"doc_id"`
	Sentence int      `json:"sentence"`
	Evidence Evidence `json:"evidence"`
	Lang     string   `json:"lang"`
	Rule     string   `json:"rule"`
	URL      string   `json:"url,omitempty"`
}

// EventPage is one page of events.
type EventPage struct {
	Events []StoredEvent `json:"events"`
	Total  int           `json:"total"` // events matching the filter
	Limit  int           `json:"limit"`
	Offset int           `json:"offset"`
}

// Bucket is one period of a timeline.
type Bucket struct {
	Period       string  `json:"period"` // YYYY-MM-DD (day, week's Monday) or YYYY-MM
	Events       int     `json:"events"`
	Mentions     int     `json:"mentions"`
	GoldsteinSum float64 `json:"goldstein_sum"`
	GoldsteinAvg float64 `json:"goldstein_mean"`
	Quad         [4]int  `json:"quad"` // events per quad class 1-4
}

// DyadCount aggregates the events of one (source, target) pair.
type DyadCount struct {
	Source       string  `json:"source"`
	Target       string  `json:"target"`
	Events       int     `json:"events"`
	GoldsteinSum float64 `json:"goldstein_sum"`
	GoldsteinAvg float64 `json:"goldstein_mean"`
}

// ActorCount aggregates the events of one actor.
type ActorCount struct {
	Actor        string  `json:"actor"` // key: ISO3 or IGO:<ID>
	Name         string  `json:"name"`
	Events       int     `json:"events"`
	GoldsteinAvg float64 `json:"goldstein_mean"`
}

// Stats counts what a store holds.
type Stats struct {
	Documents int `json:"documents"`
	Events    int `json:"events"`
	Mentions  int `json:"mentions"`
}
