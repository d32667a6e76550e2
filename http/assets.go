package http

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"io"
	"io/fs"
	"mime"
	nethttp "net/http"
	"path"
	"strings"
	"time"
)

// assets holds the web page: HTML, CSS and JavaScript written for dyad,
// no third-party code.
//
//go:embed assets
var assets embed.FS

// assetFS is the assets folder as the root of the site.
var assetFS = func() nethttp.FileSystem {
	sub, err := fs.Sub(assets, "assets")
	if err != nil {
		panic("http: embedded assets missing: " + err.Error()) // a build mistake
	}
	return nethttp.FS(sub)
}()

// assetHandler serves the embedded files and nothing else: no directory
// listings, no path outside the assets, GET and HEAD only.
func assetHandler() nethttp.Handler {
	return nethttp.HandlerFunc(func(w nethttp.ResponseWriter, r *nethttp.Request) {
		if r.Method != nethttp.MethodGet && r.Method != nethttp.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			nethttp.Error(w, "method not allowed", nethttp.StatusMethodNotAllowed)
			return
		}
		name := path.Clean("/" + r.URL.Path)
		if name == "/" {
			name = "/index.html"
		}
		if strings.Contains(r.URL.Path, "..") || strings.Contains(name, "\\") || !fs.ValidPath(name[1:]) {
			nethttp.NotFound(w, r)
			return
		}
		f, err := assetFS.Open(name)
		if err != nil {
			nethttp.NotFound(w, r)
			return
		}
		defer f.Close()
		st, err := f.Stat()
		if err != nil || st.IsDir() {
			nethttp.NotFound(w, r)
			return
		}
		data, err := io.ReadAll(f)
		if err != nil {
			nethttp.Error(w, "internal error", nethttp.StatusInternalServerError)
			return
		}
		sum := sha256.Sum256(data)
		h := w.Header()
		h.Set("ETag", `"`+hex.EncodeToString(sum[:8])+`"`)
		h.Set("Cache-Control", "no-cache")
		if ct := mime.TypeByExtension(path.Ext(name)); ct != "" {
			h.Set("Content-Type", ct)
		}
		nethttp.ServeContent(w, r, name, time.Time{}, bytes.NewReader(data))
	})
}
