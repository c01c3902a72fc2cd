package server

import _ "embed"

// workerJS is the service worker's template, go-app's documented hook
// (app.Handler.ServiceWorkerTemplate): the explorer owns the whole file.
//
//go:embed worker.js
var workerJS string

// goAppWorkerSHA256 is the sha256 of the app.DefaultAppWorkerJS that
// worker.js was written from (go-app v10.1.11). A test pins it, so that a
// go-app upgrade that changes its worker fails `go test` until worker.js
// has been compared with the new default.
const goAppWorkerSHA256 = "fb64efe18fb6e1f389eb20f75b68828729f001324647548eaab24c5add47ab0d"
