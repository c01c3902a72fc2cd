package server

import (
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/apl-explorer/explorer/internal/status"
)

// withSecurityHeaders sets the security headers before anything is written.
func withSecurityHeaders(c csp, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		securityHeaders(w.Header(), r.URL.Path, c.forPath(r.URL.Path))
		next.ServeHTTP(w, r)
	})
}

// rejectBadPaths answers 400 to a path with a dot-dot segment, a backslash
// or a NUL, whether written plainly or percent-encoded. Assets are served
// from memory by exact name, so such a path could not reach a file anyway;
// rejecting it early keeps it out of go-app and the log's 404s.
func rejectBadPaths(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if badPath(r.URL.Path) || badPath(r.URL.RawPath) || strings.Contains(r.URL.Path, `\`) ||
			!strings.HasPrefix(r.URL.Path, "/") {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func badPath(p string) bool {
	lower := strings.ToLower(p)
	if strings.Contains(lower, "%2e") || strings.Contains(lower, "%5c") ||
		strings.Contains(lower, "%00") || strings.ContainsRune(p, 0) {
		return true
	}
	for _, seg := range strings.Split(p, "/") {
		if seg == ".." || seg == "." {
			return true
		}
	}
	return false
}

// withAccessLog logs one structured line per request.
func withAccessLog(log *slog.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		lw := &logWriter{Writer: status.Writer{ResponseWriter: w}}
		next.ServeHTTP(lw, r)
		if lw.Code == 0 {
			lw.Code = http.StatusOK
		}
		log.LogAttrs(r.Context(), slog.LevelInfo, "request",
			slog.String("method", r.Method),
			slog.String("path", r.URL.Path),
			slog.Int("status", lw.Code),
			slog.Int64("bytes", lw.bytes),
			slog.Duration("duration", time.Since(start)),
		)
	})
}

// logWriter records the status and the body size.
type logWriter struct {
	status.Writer
	bytes int64
}

func (l *logWriter) Write(p []byte) (int, error) {
	n, err := l.Writer.Write(p)
	l.bytes += int64(n)
	return n, err
}
