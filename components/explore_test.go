package components

import (
	"strings"
	"testing"

	"github.com/apl-explorer/explorer/policy"
)

// TestExploreFolds checks that Explore shows what differs: no column
// repeats one verdict in every row, and the folded devices keep their
// outcomes linked.
func TestExploreFolds(t *testing.T) {
	for _, prefix := range []string{"", EmbedPrefix} {
		page := render(t, &Explore{path: prefix + "/explore"})
		table := page[strings.Index(page, `class="matrix"`):]
		table = table[:strings.Index(table, "</table>")]
		if strings.Contains(table, testView.c().VerdictLabel(policy.OutOfScope)) || strings.Contains(table, testView.c().AnswerLabel("command")) {
			t.Errorf("%s/explore: the table still has a column for devices no text covers", prefix)
		}
		if !strings.Contains(page, "For "+testView.c().Text("doing.device.command")+" and "+testView.c().Text("doing.device.anti-vehicle")+", the answer is the same whatever the activity: "+testView.c().VerdictLabel(policy.OutOfScope)) {
			t.Errorf("%s/explore: no folded line", prefix)
		}
		if !strings.Contains(page, `href="`+prefix+`/ask/use/command"`) {
			t.Errorf("%s/explore: folded outcomes not linked", prefix)
		}
	}
}
