// Package cli is the explorer's command line: ask and tree.
package cli

import (
	"fmt"
	"io"
)

// Main runs one subcommand ("ask" or "tree") with its arguments and returns
// the exit status: 0 on success, 2 on bad input.
func Main(cmd string, args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "not yet")
	return 2
}
