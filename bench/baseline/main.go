//go:build !wasm

// Command baseline is the benchmark's yardstick: a minimal go-app
// hello-world app, built like the explorer (browser and server entry points
// split by build tags, -trimpath -ldflags="-s -w", the same Go), serving
// one page, "/". `make bench` builds and serves it next to the explorer.
//
//	baseline -addr 127.0.0.1:0 -web DIR
//
// It prints "listening on http://HOST:PORT" once it accepts connections.
//
// Two things go beyond go-app's bare hello world, so that the comparison
// measures the framework's floor and not a deployment mistake:
//   - all four icons are local (go-app otherwise links its logo on
//     raw.githubusercontent.com, a third-party request);
//   - app.wasm is served precompressed (app.wasm.br / app.wasm.gz written
//     next to it by the benchmark), as the explorer serves it.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"log"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

const iconSVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" fill="#1d3557"/></svg>`

func main() {
	addr := flag.String("addr", "127.0.0.1:0", "address to listen on")
	web := flag.String("web", "web", "directory holding app.wasm (and app.wasm.br, app.wasm.gz)")
	flag.Parse()

	app.Route("/", func() app.Composer { return &hello{} })

	wasm, err := os.ReadFile(filepath.Join(*web, "app.wasm"))
	if err != nil {
		log.Fatal(err)
	}
	icon192, icon512 := squarePNG(192), squarePNG(512)
	h := &app.Handler{
		Name:        "Hello",
		Title:       "Hello",
		Description: "A go-app hello world",
		Lang:        "en",
		Icon: app.Icon{
			Default:  "/web/icon-192.png",
			Large:    "/web/icon-512.png",
			Maskable: "/web/icon-512.png",
			SVG:      "/web/icon.svg",
		},
		WasmContentLength: strconv.Itoa(len(wasm)),
	}

	mux := http.NewServeMux()
	mux.HandleFunc("/web/icon-192.png", serveBytes("image/png", icon192))
	mux.HandleFunc("/web/icon-512.png", serveBytes("image/png", icon512))
	mux.HandleFunc("/web/icon.svg", serveBytes("image/svg+xml", []byte(iconSVG)))
	mux.HandleFunc("/web/app.wasm", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/wasm")
		w.Header().Add("Vary", "Accept-Encoding")
		ae := r.Header.Get("Accept-Encoding")
		for _, enc := range []struct{ name, ext string }{{"br", ".br"}, {"gzip", ".gz"}} {
			if !strings.Contains(ae, enc.name) {
				continue
			}
			if b, err := os.ReadFile(filepath.Join(*web, "app.wasm"+enc.ext)); err == nil {
				w.Header().Set("Content-Encoding", enc.name)
				w.Header().Set("Content-Length", strconv.Itoa(len(b)))
				w.Write(b)
				return
			}
		}
		w.Header().Set("Content-Length", strconv.Itoa(len(wasm)))
		w.Write(wasm)
	})
	mux.Handle("/", h)

	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("listening on http://%s\n", ln.Addr())
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	log.Fatal(srv.Serve(ln))
}

func serveBytes(ctype string, b []byte) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", ctype)
		w.Write(b)
	}
}

// squarePNG draws a plain square icon of n×n pixels.
func squarePNG(n int) []byte {
	img := image.NewRGBA(image.Rect(0, 0, n, n))
	c := color.RGBA{0x1d, 0x35, 0x57, 0xff}
	for y := 0; y < n; y++ {
		for x := 0; x < n; x++ {
			img.Set(x, y, c)
		}
	}
	var buf bytes.Buffer
	png.Encode(&buf, img)
	return buf.Bytes()
}
