package status

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestWriter(t *testing.T) {
	check := func(what string, want int, write func(http.ResponseWriter)) {
		t.Helper()
		rec := httptest.NewRecorder()
		w := &Writer{ResponseWriter: rec}
		write(w)
		if w.Code != want {
			t.Errorf("%s: Code %d, want %d", what, w.Code, want)
		}
		if http.NewResponseController(w).Flush() != nil || !rec.Flushed {
			t.Errorf("%s: http.ResponseController does not reach the writer below", what)
		}
	}
	check("nothing written", 0, func(http.ResponseWriter) {})
	check("a body alone", http.StatusOK, func(w http.ResponseWriter) { w.Write([]byte("x")) })
	check("a status, then a body", http.StatusPartialContent, func(w http.ResponseWriter) {
		w.WriteHeader(http.StatusPartialContent)
		w.Write([]byte("x"))
	})
	check("two statuses", http.StatusNotFound, func(w http.ResponseWriter) {
		w.WriteHeader(http.StatusNotFound)
		w.WriteHeader(http.StatusOK)
	})
}
