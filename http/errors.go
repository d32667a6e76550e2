package http

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"log"
	nethttp "net/http"
	"strconv"

	"github.com/dyad-events/dyad"
)

// Errors of the HTTP boundary, besides the store's and the coder's.
var (
	errMethod        = errors.New("method not allowed")
	errReadOnly      = errors.New("method not allowed: the server is read-only")
	errForbiddenHost = errors.New("forbidden")
	errMediaType     = errors.New("unsupported media type")
	errBusy          = errors.New("server busy")
)

// statusCodes maps error kinds to HTTP status codes, first match wins. Any
// other error is a 500 whose detail goes to the log, not to the client.
var statusCodes = []struct {
	err    error
	status int
}{
	{dyad.ErrBadFilter, nethttp.StatusBadRequest},
	{dyad.ErrMalformed, nethttp.StatusBadRequest},
	{errForbiddenHost, nethttp.StatusForbidden},
	{dyad.ErrNotFound, nethttp.StatusNotFound},
	{errReadOnly, nethttp.StatusMethodNotAllowed},
	{errMethod, nethttp.StatusMethodNotAllowed},
	{dyad.ErrTooLarge, nethttp.StatusRequestEntityTooLarge},
	{errMediaType, nethttp.StatusUnsupportedMediaType},
	{dyad.ErrEmpty, nethttp.StatusUnprocessableEntity},
	{dyad.ErrBinary, nethttp.StatusUnprocessableEntity},
	{dyad.ErrUnknownLanguage, nethttp.StatusUnprocessableEntity},
	{errBusy, nethttp.StatusServiceUnavailable},
	{context.DeadlineExceeded, nethttp.StatusServiceUnavailable},
}

// statusOf returns the status code of an error.
func statusOf(err error) int {
	for _, c := range statusCodes {
		if errors.Is(err, c.err) {
			return c.status
		}
	}
	return nethttp.StatusInternalServerError
}

// errorBody is the JSON of every error response.
type errorBody struct {
	Error string `json:"error"`
}

// writeError writes err as {"error": "..."} with its status code. The text
// of a 500 is not sent: it goes to the log.
func writeError(w nethttp.ResponseWriter, r *nethttp.Request, logger *log.Logger, err error) {
	status := statusOf(err)
	msg := err.Error()
	if status == nethttp.StatusInternalServerError {
		logger.Printf("%s %s: %v", r.Method, r.URL.Path, err)
		msg = "internal error"
	}
	if errors.Is(err, context.DeadlineExceeded) {
		msg = "query took too long"
	}
	writeJSON(w, status, errorBody{Error: msg})
}

// writeJSON writes v as JSON with a status code. API responses are never
// cached.
func writeJSON(w nethttp.ResponseWriter, status int, v any) {
	var buf bytes.Buffer
	if err := json.NewEncoder(&buf).Encode(v); err != nil {
		status = nethttp.StatusInternalServerError
		buf.Reset()
		buf.WriteString(`{"error":"internal error"}` + "\n")
	}
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("Content-Length", strconv.Itoa(buf.Len()))
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}
