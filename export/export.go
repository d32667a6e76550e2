// Package export writes stored events in the formats analysts already
// load: the GDELT 2.0 event export, PLOVER JSON Lines, CSV, JSON Lines and
// Parquet. docs/export.md documents every column.
package export

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/parquet-go/parquet-go"
)

// Format is an export format.
type Format string

// The export formats.
const (
	GDELT   Format = "gdelt"
	PLOVER  Format = "plover"
	CSV     Format = "csv"
	JSONL   Format = "jsonl"
	Parquet Format = "parquet"
)

// Formats returns every format, in the order the CLI lists them.
func Formats() []Format { return []Format{GDELT, PLOVER, CSV, JSONL, Parquet} }

// Writer writes events one at a time; Close finishes the output (Parquet
// writes its footer there). Close does not close the underlying writer.
type Writer interface {
	Write(dyad.StoredEvent) error
	Close() error
}

// NewWriter returns a writer of format f on w.
func NewWriter(w io.Writer, f Format) (Writer, error) {
	switch f {
	case GDELT:
		return &gdeltWriter{w: w}, nil
	case PLOVER:
		return &jsonWriter{enc: newEncoder(w), conv: ploverRecord}, nil
	case JSONL:
		return &jsonWriter{enc: newEncoder(w), conv: func(e dyad.StoredEvent) any { return e }}, nil
	case CSV:
		return newCSVWriter(w), nil
	case Parquet:
		return &parquetWriter{pw: parquet.NewGenericWriter[Row](w, parquet.Compression(&parquet.Zstd))}, nil
	}
	return nil, fmt.Errorf("unknown export format %q (want one of %v)", f, Formats())
}

func newEncoder(w io.Writer) *json.Encoder {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc
}

// GDELTColumns are the 61 columns of the GDELT 2.0 event export, in order
// (GDELT 2.0 Event Database codebook, "Event table" fields).
var GDELTColumns = []string{
	"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
	"Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
	"Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
	"Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
	"Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
	"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
	"NumMentions", "NumSources", "NumArticles", "AvgTone",
	"Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
	"Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
	"Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
	"Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
	"ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
	"ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
	"DATEADDED", "SOURCEURL",
}

// gdeltWriter writes the GDELT 2.0 event export: tab separated, no header.
type gdeltWriter struct{ w io.Writer }

// clean keeps a value on its line and in its column.
func clean(s string) string {
	if strings.ContainsAny(s, "\t\r\n") {
		s = strings.NewReplacer("\t", " ", "\r", " ", "\n", " ").Replace(s)
	}
	return s
}

// GDELTRow returns an event's 61 GDELT fields.
func GDELTRow(e dyad.StoredEvent) []string {
	row := make([]string, 0, len(GDELTColumns))
	date, _ := time.Parse("2006-01-02", e.Date)
	if e.Date != "" && !date.IsZero() {
		frac := float64(date.Year()) + float64(date.YearDay())/365
		row = append(row, strconv.FormatInt(e.ID, 10), date.Format("20060102"), date.Format("200601"),
			date.Format("2006"), strconv.FormatFloat(math.Round(frac*10000)/10000, 'f', 4, 64))
	} else {
		row = append(row, strconv.FormatInt(e.ID, 10), "", "", "", "")
	}
	for _, a := range []dyad.Actor{e.Source, e.Target} {
		group := ""
		if a.IGO != "" {
			group = strings.TrimPrefix(a.Code, "IGO")
		}
		row = append(row, a.Code, strings.ToUpper(a.Name), a.Country, group, "", "", "", a.Sector, "", "")
	}
	root := "0"
	for _, m := range e.Mentions {
		if m.Sentence == 0 {
			root = "1"
		}
	}
	base := e.CAMEO
	if len(base) > 3 {
		base = base[:3]
	}
	row = append(row, root, e.CAMEO, base, e.Root, strconv.Itoa(e.Quad), strconv.FormatFloat(e.Goldstein, 'f', 1, 64),
		strconv.Itoa(e.NumMentions), strconv.Itoa(e.NumSources), strconv.Itoa(e.NumArticles), "")
	// actor geography is not resolved; the action's is the sentence's place
	row = append(row, "", "", "", "", "", "", "", "")
	row = append(row, "", "", "", "", "", "", "", "")
	if l := e.Location; l != nil && (l.Name != "" || l.Country != "") {
		typ := "4" // a world city
		if l.Name == "" {
			typ = "1" // a country
		}
		row = append(row, typ, l.Name, l.Country, "", "", "", "", "")
	} else {
		row = append(row, "", "", "", "", "", "", "", "")
	}
	added := ""
	if !e.Added.IsZero() {
		added = e.Added.UTC().Format("20060102150405")
	}
	row = append(row, added, e.SourceURL)
	for i := range row {
		row[i] = clean(row[i])
	}
	return row
}

func (g *gdeltWriter) Write(e dyad.StoredEvent) error {
	_, err := io.WriteString(g.w, strings.Join(GDELTRow(e), "\t")+"\n")
	return err
}

func (g *gdeltWriter) Close() error { return nil }

// jsonWriter writes one JSON value per event and line.
type jsonWriter struct {
	enc  *json.Encoder
	conv func(dyad.StoredEvent) any
}

func (j *jsonWriter) Write(e dyad.StoredEvent) error { return j.enc.Encode(j.conv(e)) }
func (j *jsonWriter) Close() error                   { return nil }

// ploverActor is an actor of a PLOVER record.
type ploverActor struct {
	Code    string `json:"code"`
	Country string `json:"country,omitempty"`
	IGO     string `json:"igo,omitempty"`
	Sector  string `json:"sector,omitempty"`
	Name    string `json:"name,omitempty"`
	Text    string `json:"actor_text,omitempty"`
}

// ploverEvent is a PLOVER 2.0 event record.
type ploverEvent struct {
	ID          string         `json:"id"`
	Date        string         `json:"date"`
	Event       string         `json:"event"`
	Mode        string         `json:"mode"`
	Context     []string       `json:"context"`
	Actor       []ploverActor  `json:"actor"`
	Recipient   []ploverActor  `json:"recipient"`
	EventText   string         `json:"event_text"`
	Location    *dyad.Location `json:"location,omitempty"`
	Source      string         `json:"source"`
	CAMEO       string         `json:"cameo"`
	Goldstein   float64        `json:"goldstein"`
	NumMentions int            `json:"num_mentions"`
	NumArticles int            `json:"num_articles"`
}

func ploverRecord(e dyad.StoredEvent) any {
	text := ""
	if len(e.Mentions) > 0 {
		text = e.Mentions[0].Evidence.Text
	}
	pa := func(a dyad.Actor) []ploverActor {
		return []ploverActor{{Code: a.Code, Country: a.Country, IGO: a.IGO, Sector: a.Sector, Name: a.Name, Text: a.Text}}
	}
	src := e.SourceURL
	if src == "" && len(e.Mentions) > 0 {
		src = e.Mentions[0].DocID
	}
	return ploverEvent{
		ID: "dyad-" + strconv.FormatInt(e.ID, 10), Date: e.Date, Event: e.Plover.Type, Mode: e.Plover.Mode,
		Context: []string{}, Actor: pa(e.Source), Recipient: pa(e.Target), EventText: text, Location: e.Location,
		Source: src, CAMEO: e.CAMEO, Goldstein: e.Goldstein, NumMentions: e.NumMentions, NumArticles: e.NumArticles,
	}
}

// CSVColumns are the columns of the CSV export.
var CSVColumns = []string{
	"id", "date", "date_precision", "source_code", "source_name", "source_country", "source_igo", "source_sector",
	"target_code", "target_name", "target_country", "target_igo", "target_sector",
	"cameo", "root", "quad", "goldstein", "plover_type", "plover_mode",
	"location", "location_country", "num_mentions", "num_sources", "num_articles", "added", "source_url", "evidence",
}

type csvWriter struct {
	cw     *csv.Writer
	header bool
}

func newCSVWriter(w io.Writer) *csvWriter { return &csvWriter{cw: csv.NewWriter(w)} }

func (c *csvWriter) Write(e dyad.StoredEvent) error {
	if !c.header {
		c.header = true
		if err := c.cw.Write(CSVColumns); err != nil {
			return err
		}
	}
	r := ToRow(e)
	return c.cw.Write([]string{
		strconv.FormatInt(r.ID, 10), r.Date, r.DatePrecision, r.SourceCode, r.SourceName, r.SourceCountry, r.SourceIGO, r.SourceSector,
		r.TargetCode, r.TargetName, r.TargetCountry, r.TargetIGO, r.TargetSector,
		r.CAMEO, r.Root, strconv.Itoa(r.Quad), strconv.FormatFloat(r.Goldstein, 'f', -1, 64), r.PloverType, r.PloverMode,
		r.Location, r.LocationCountry, strconv.Itoa(r.NumMentions), strconv.Itoa(r.NumSources), strconv.Itoa(r.NumArticles),
		r.Added, r.SourceURL, r.Evidence,
	})
}

func (c *csvWriter) Close() error {
	if !c.header { // an empty export still has its header
		c.header = true
		if err := c.cw.Write(CSVColumns); err != nil {
			return err
		}
	}
	c.cw.Flush()
	return c.cw.Error()
}

// Row is the flat form of an event used by CSV and Parquet.
type Row struct {
	ID              int64   `parquet:"id"`
	Date            string  `parquet:"date"`
	DatePrecision   string  `parquet:"date_precision"`
	SourceCode      string  `parquet:"source_code"`
	SourceName      string  `parquet:"source_name"`
	SourceCountry   string  `parquet:"source_country"`
	SourceIGO       string  `parquet:"source_igo"`
	SourceSector    string  `parquet:"source_sector"`
	TargetCode      string  `parquet:"target_code"`
	TargetName      string  `parquet:"target_name"`
	TargetCountry   string  `parquet:"target_country"`
	TargetIGO       string  `parquet:"target_igo"`
	TargetSector    string  `parquet:"target_sector"`
	CAMEO           string  `parquet:"cameo"`
	Root            string  `parquet:"root"`
	Quad            int     `parquet:"quad"`
	Goldstein       float64 `parquet:"goldstein"`
	PloverType      string  `parquet:"plover_type"`
	PloverMode      string  `parquet:"plover_mode"`
	Location        string  `parquet:"location"`
	LocationCountry string  `parquet:"location_country"`
	NumMentions     int     `parquet:"num_mentions"`
	NumSources      int     `parquet:"num_sources"`
	NumArticles     int     `parquet:"num_articles"`
	Added           string  `parquet:"added"`
	SourceURL       string  `parquet:"source_url"`
	Evidence        string  `parquet:"evidence"`
}

// ToRow flattens an event.
func ToRow(e dyad.StoredEvent) Row {
	r := Row{
		ID: e.ID, Date: e.Date, DatePrecision: e.DatePrecision,
		SourceCode: e.Source.Code, SourceName: e.Source.Name, SourceCountry: e.Source.Country, SourceIGO: e.Source.IGO, SourceSector: e.Source.Sector,
		TargetCode: e.Target.Code, TargetName: e.Target.Name, TargetCountry: e.Target.Country, TargetIGO: e.Target.IGO, TargetSector: e.Target.Sector,
		CAMEO: e.CAMEO, Root: e.Root, Quad: e.Quad, Goldstein: e.Goldstein, PloverType: e.Plover.Type, PloverMode: e.Plover.Mode,
		NumMentions: e.NumMentions, NumSources: e.NumSources, NumArticles: e.NumArticles, SourceURL: e.SourceURL,
	}
	if e.Location != nil {
		r.Location, r.LocationCountry = e.Location.Name, e.Location.Country
	}
	if !e.Added.IsZero() {
		r.Added = e.Added.UTC().Format(time.RFC3339)
	}
	if len(e.Mentions) > 0 {
		r.Evidence = e.Mentions[0].Evidence.Text
	}
	return r
}

type parquetWriter struct {
	pw  *parquet.GenericWriter[Row]
	buf []Row
}

func (p *parquetWriter) Write(e dyad.StoredEvent) error {
	p.buf = append(p.buf, ToRow(e))
	if len(p.buf) >= 4096 {
		return p.flush()
	}
	return nil
}

func (p *parquetWriter) flush() error {
	if len(p.buf) == 0 {
		return nil
	}
	_, err := p.pw.Write(p.buf)
	p.buf = p.buf[:0]
	return err
}

func (p *parquetWriter) Close() error {
	if err := p.flush(); err != nil {
		return err
	}
	return p.pw.Close()
}
