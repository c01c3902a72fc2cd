module github.com/apl-explorer/explorer

go 1.26.8

require (
	github.com/andybalholm/brotli v1.3.0
	github.com/maxence-charriere/go-app/v10 v10.1.11
	github.com/tdewolff/minify/v2 v2.24.25
	golang.org/x/net v0.62.0
)

require (
	github.com/google/uuid v1.6.0 // indirect
	github.com/tdewolff/parse/v2 v2.8.20 // indirect
)
