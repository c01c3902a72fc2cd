//go:build !wasm

// Command explorer serves the Landmine Policy Explorer, writes it as a
// static site, and answers its questions on the command line:
//
//	explorer [serve] [-addr localhost:8000] [-web web] [-domain host] [-quiet]
//	explorer dist [-out dist] [-base /] [-web web] [-domain host]
//	explorer ask ANSWER...
//	explorer tree
//
// This file only wires flags to the server and cli packages. The browser
// entry point is main_wasm.go.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"time"

	"github.com/apl-explorer/explorer/cli"
	"github.com/apl-explorer/explorer/components"
	"github.com/apl-explorer/explorer/server"
)

const usage = `usage:
  explorer [serve] [-addr localhost:8000] [-web web] [-domain host] [-quiet]
  explorer dist [-out dist] [-base /] [-web web] [-domain host]
  explorer ask [--json] ANSWER...
  explorer tree [--format json|dot]
  explorer help

subcommands:
  serve   serve the explorer (the default)
  dist    write the whole site as static files
  ask     answer the wizard's questions on the command line
  tree    print the whole decision tree (JSON or DOT)

Each subcommand takes -h for its flags.
`

func main() {
	components.Register()
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	cmd := "serve"
	if len(args) > 0 && (len(args[0]) == 0 || args[0][0] != '-') {
		cmd, args = args[0], args[1:]
	} else if len(args) > 0 && (args[0] == "-h" || args[0] == "-help" || args[0] == "--help") {
		cmd = "help"
	}
	switch cmd {
	case "serve":
		return serve(args, stderr)
	case "dist":
		return dist(args, stderr)
	case "ask", "tree":
		return cli.Main(cmd, args, stdout, stderr, time.Now)
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	}
	fmt.Fprintf(stderr, "explorer: unknown command %q\n%s", cmd, usage)
	return 2
}

// siteFlags makes a command's flag set with the flags serve and dist share.
func siteFlags(name string, stderr io.Writer) (fs *flag.FlagSet, web, domain, origin *string) {
	fs = flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	web = fs.String("web", "web", "directory of the assets, served under /web/")
	domain = fs.String("domain", server.DefaultDomain, "host name written into og:url (serve; -origin sets it)")
	origin = fs.String("origin", "", "the site's public origin, e.g. https://example.org: absolute addresses in the sitemap, og:url and hreflang alternates")
	return fs, web, domain, origin
}

func serve(args []string, stderr io.Writer) int {
	fs, web, domain, origin := siteFlags("serve", stderr)
	addr := fs.String("addr", "localhost:8000", "address to listen on")
	quiet := fs.Bool("quiet", false, "no access log")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	log := slog.New(slog.NewTextHandler(stderr, nil))
	h, err := server.Handler(server.Config{WebDir: *web, Domain: *domain, Origin: *origin, Quiet: *quiet, Log: log})
	if err != nil {
		log.Error("starting", "err", err)
		return 1
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		log.Error("starting", "err", err)
		return 1
	}
	log.Info("serving", "url", "http://"+ln.Addr().String())
	if err := server.Serve(context.Background(), ln, h); err != nil {
		log.Error("serving", "err", err)
		return 1
	}
	log.Info("stopped")
	return 0
}

func dist(args []string, stderr io.Writer) int {
	fs, web, domain, origin := siteFlags("dist", stderr)
	out := fs.String("out", "dist", "directory to write the static site into")
	base := fs.String("base", "/", "URL path the site is hosted under, e.g. /explorer/")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	log := slog.New(slog.NewTextHandler(stderr, nil))
	if *origin == "" {
		log.Warn("dist: no -origin given: links stay relative, and the sitemap, og:url, og:image and hreflang alternates are left out; give -origin https://your.site to write them")
	}
	if err := server.Dist(server.Config{WebDir: *web, Domain: *domain, Origin: *origin, Log: log}, *out, *base); err != nil {
		log.Error("dist", "err", err)
		return 1
	}
	log.Info("static site written", "dir", *out, "base", *base)
	return 0
}
