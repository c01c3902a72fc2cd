package policy

import (
	"strings"
	"testing"
)

// TestFill checks Fill against strings.Replacer, which it replaces: the
// leftmost placeholder first, unknown ones and stray braces kept, values
// never read again as placeholders.
func TestFill(t *testing.T) {
	values := map[string]string{"a": "1", "name": "{a}", "b": ""}
	for _, text := range []string{
		"", "no braces", "{a}", "x{a}y{name}z", "{{a}", "{a}}", "{x}{a}", "{", "}", "{a", "a}", "{b}{b}", "{ a}", "{na{a}me}", "é{a}ü", "{name}{a}",
	} {
		var pairs []string
		for k, v := range values {
			pairs = append(pairs, "{"+k+"}", v)
		}
		want := strings.NewReplacer(pairs...).Replace(text)
		if got := Fill(text, values); got != want {
			t.Errorf("Fill(%q) = %q, want %q", text, got, want)
		}
	}
}
