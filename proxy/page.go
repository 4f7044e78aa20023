package proxy

import (
	"embed"
	"net/http"
	"net/url"
	"strconv"
	"strings"
)

// pageFiles holds the status page: index.html, app.js and app.css, served as they are (no build step, no external
// assets: the page works on a machine without network).
//
//go:embed page
var pageFiles embed.FS

// pageAssets are the files under /status/ and their content types.
var pageAssets = map[string]string{
	"app.js":  "text/javascript; charset=utf-8",
	"app.css": "text/css; charset=utf-8",
}

// pageCSP allows the page its own script, style and status.json and nothing else.
const pageCSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src data:; " +
	"base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

// routePage adds the status page to mux, which also holds the /{$} JSON-RPC route (added before or after):
//
//	GET /              the page, for a browser (Accept prefers text/html, no WebSocket upgrade); else JSON-RPC as before
//	GET /status        the page for a browser, else the JSON (curl, scripts and tests get JSON as before)
//	GET /status.json   always the JSON
//	GET /status/{file} the page's app.js and app.css
func (s *Server) routePage(mux *http.ServeMux) {
	mux.HandleFunc("GET /status", func(w http.ResponseWriter, r *http.Request) {
		if prefersHTML(r.Header.Values("Accept")) {
			s.servePage(w, r)
			return
		}
		s.serveStatus(w, r)
	})
	mux.HandleFunc("GET /status.json", s.serveStatus)
	mux.HandleFunc("GET /status/{file}", servePageAsset)
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		if prefersHTML(r.Header.Values("Accept")) && !isWebSocket(r) {
			s.servePage(w, r)
			return
		}
		// Everything else (a WebSocket upgrade, a stray GET) goes to the JSON-RPC route this pattern shadows: the
		// one a POST to / gets, whatever the order the routes were added in.
		rpc, _ := mux.Handler(&http.Request{Method: http.MethodPost, Host: r.Host, URL: &url.URL{Path: "/"}})
		rpc.ServeHTTP(w, r)
	})
}

func (s *Server) servePage(w http.ResponseWriter, r *http.Request) {
	body, err := pageFiles.ReadFile("page/index.html")
	if err != nil { // embedded at build time: cannot happen
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Vary", "Accept")
	setPageHeaders(h)
	if r.Method == http.MethodHead {
		return
	}
	_, _ = w.Write(body)
}

func servePageAsset(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("file")
	ct, ok := pageAssets[name]
	if !ok {
		http.NotFound(w, r)
		return
	}
	body, err := pageFiles.ReadFile("page/" + name)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", ct)
	setPageHeaders(h)
	if r.Method == http.MethodHead {
		return
	}
	_, _ = w.Write(body)
}

func setPageHeaders(h http.Header) {
	h.Set("Cache-Control", "no-cache")
	h.Set("Content-Security-Policy", pageCSP)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
}

// prefersHTML reports whether Accept header values ask for text/html by name and rank it above JSON: true for a
// browser opening the page (text/html,…,*/*;q=0.8), false for curl and fetch (*/*), JSON clients
// (application/json) and a tie. Each type gets the q of its most specific matching range, as RFC 9110 says.
func prefersHTML(accept []string) bool {
	const (
		noMatch  = iota
		allTypes // */*
		subtypes // text/*
		named    // text/html
	)
	htmlQ, jsonQ := 0.0, 0.0
	htmlBy, jsonBy := noMatch, noMatch
	for _, line := range accept {
		for _, part := range strings.Split(line, ",") {
			params := strings.Split(part, ";")
			typ := strings.ToLower(strings.TrimSpace(params[0]))
			q := 1.0
			for _, p := range params[1:] {
				k, v, _ := strings.Cut(strings.TrimSpace(p), "=")
				if strings.EqualFold(strings.TrimSpace(k), "q") {
					if f, err := strconv.ParseFloat(strings.TrimSpace(v), 64); err == nil && f >= 0 && f <= 1 {
						q = f
					} else {
						q = 0 // a malformed q ranks the range last
					}
				}
			}
			match := func(t string, by *int, to *float64) {
				m := noMatch
				switch {
				case typ == t:
					m = named
				case typ == t[:strings.IndexByte(t, '/')]+"/*":
					m = subtypes
				case typ == "*/*":
					m = allTypes
				}
				if m > *by || (m == *by && m != noMatch && q > *to) {
					*by, *to = m, q
				}
			}
			match("text/html", &htmlBy, &htmlQ)
			match("application/json", &jsonBy, &jsonQ)
		}
	}
	return htmlBy == named && htmlQ > 0 && htmlQ > jsonQ
}
