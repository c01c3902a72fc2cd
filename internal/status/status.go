// Package status records the status of an HTTP response as a handler
// writes it: the server's access log and the browser tests' counting
// server read it.
package status

import "net/http"

// Writer passes a response on to ResponseWriter and records its status in
// Code: the first one written, or 200 when the body starts without one.
// Code is 0 while nothing has been written.
type Writer struct {
	http.ResponseWriter
	Code int
}

func (w *Writer) WriteHeader(code int) {
	if w.Code == 0 {
		w.Code = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *Writer) Write(b []byte) (int, error) {
	if w.Code == 0 {
		w.Code = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the writer below.
func (w *Writer) Unwrap() http.ResponseWriter { return w.ResponseWriter }
