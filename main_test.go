//go:build !wasm

package main

import (
	"bytes"
	"strings"
	"testing"
)

// TestHelp checks the command line's habits: help on standard output with
// status 0, every subcommand listed, and an unknown command named.
func TestHelp(t *testing.T) {
	tests := []struct {
		args []string
		code int
		out  []string
	}{
		{[]string{"-h"}, 0, []string{"serve", "dist", "ask", "tree"}},
		{[]string{"--help"}, 0, []string{"serve", "dist", "ask", "tree"}},
		{[]string{"help"}, 0, []string{"serve", "dist", "ask", "tree"}},
		{[]string{"ask", "-h"}, 0, []string{"usage: ask"}},
		{[]string{"tree", "--help"}, 0, []string{"usage: tree"}},
		{[]string{"serve", "-h"}, 0, nil},
		{[]string{"dist", "-h"}, 0, nil},
		{[]string{"frob"}, 2, nil},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			var out, errb bytes.Buffer
			if code := run(tt.args, &out, &errb); code != tt.code {
				t.Errorf("exit %d, want %d; stderr %s", code, tt.code, errb.String())
			}
			for _, s := range tt.out {
				if !strings.Contains(out.String(), s) {
					t.Errorf("stdout lacks %q:\n%s", s, out.String())
				}
			}
		})
	}
}
