// Package policy models the U.S. anti-personnel landmine (APL) policy of
// 21 June 2022 and the Ottawa Convention as data: questions and answers,
// one rule table per regime, citations to the sources, and later
// developments. Everything the explorer shows (wizard, outcomes, matrix,
// decision tree, JSON and DOT exports) is derived from these tables.
//
// The package is plain Go: it never imports go-app, so it runs on the
// server, in the command line, in tests and, compiled to WebAssembly, in
// the browser.
package policy

// QuestionID names one of the four facts the wizard asks about.
// The ids are public (URLs, command line, JSON) and never change.
type QuestionID string

// The questions, in asking order.
const (
	Activity QuestionID = "activity"
	Device   QuestionID = "device"
	// Persistence is asked only where a policy in view turns on it (the
	// 2004 and 2020 policies): the default 2022 walk never asks it.
	Persistence QuestionID = "persistence"
	Purpose     QuestionID = "purpose"
	Context     QuestionID = "context"
)

// AnswerID names one answer. Answer ids are unique across all questions,
// lower-case and URL-safe, so a wizard path can be parsed in any order.
type AnswerID string

// RegimeID names a body of rules the answers are judged against.
type RegimeID string

// The regimes: the U.S. policies in date order, then the Convention
// (docs/RULES.md section 2). Each has one rules file, rules_<id>.go.
const (
	US2004 RegimeID = "us-2004"
	US2014 RegimeID = "us-2014"
	US2020 RegimeID = "us-2020"
	US2022 RegimeID = "us-2022"
	US2025 RegimeID = "us-2025"
	Ottawa RegimeID = "ottawa"
)

// Verdict is what a regime says about an activity.
type Verdict string

// The verdicts of docs/RULES.md section 2.
const (
	Prohibited  Verdict = "prohibited"
	Permitted   Verdict = "permitted"
	Conditional Verdict = "conditional"
	Required    Verdict = "required"
	Excepted    Verdict = "excepted"
	Silent      Verdict = "silent"
	OutOfScope  Verdict = "out-of-scope"
	Contested   Verdict = "contested"
	// RequiredOwnAreas: a duty for mined areas under the state's own
	// jurisdiction or control, with help to others asked only of those in
	// a position to give it (Convention Arts. 5 and 6).
	RequiredOwnAreas Verdict = "required-own-areas"
	// Effort: a commitment to make diligent efforts, not to reach a
	// result (fact sheet, alternatives).
	Effort Verdict = "effort"
	// Unknown: the policy's text is not available and the reports the
	// explorer holds say nothing on this. Silent is for a known text that
	// says nothing. Neither guesses.
	Unknown Verdict = "unknown"
)

// Verdicts lists every verdict, in the order the explorer explains them.
func Verdicts() []Verdict {
	return []Verdict{Prohibited, Permitted, Conditional, Required, RequiredOwnAreas, Effort, Excepted, Silent, Unknown, OutOfScope, Contested}
}

// Alignment compares the verdict of the U.S. policy in view with the
// Convention's.
type Alignment string

// The alignments of docs/RULES.md section 2.
const (
	Aligned           Alignment = "aligned"
	USLessRestrictive Alignment = "us-less-restrictive"
	USMoreRestrictive Alignment = "us-more-restrictive"
	NotAddressed      Alignment = "not-addressed"
	AlignContested    Alignment = "contested"
	// ConditionsDiffer: the same verdict with different conditions
	// (deadlines, quantities, purposes, scope); the gaps often run both
	// ways, so neither side is called less restrictive.
	ConditionsDiffer Alignment = "conditions-differ"
	// USCommitsMore: the U.S. text commits to an effort where the
	// Convention only permits.
	USCommitsMore Alignment = "us-commits-more"
	// AlignUnknown: the U.S. verdict is Unknown, so there is nothing to
	// compare.
	AlignUnknown Alignment = "unknown"
)

// Alignments lists every alignment, in the order the explorer explains them.
func Alignments() []Alignment {
	return []Alignment{Aligned, ConditionsDiffer, USLessRestrictive, USMoreRestrictive, USCommitsMore, NotAddressed, AlignUnknown, AlignContested}
}

// CitationID names a source passage: "fs-…" for a clause of the 2022 fact
// sheet (quoted word for word), "art-…" for an article of the Convention
// (summarised in the project's words).
type CitationID string

// RuleID names one row of a regime's rule table.
type RuleID string

// Tag grades the evidence behind a statement (docs/SOURCES.md).
type Tag string

// The evidence tags of docs/SOURCES.md.
const (
	TagPrimary    Tag = "P"
	TagSecondary  Tag = "S"
	TagDerived    Tag = "D"
	TagUnverified Tag = "UNVERIFIED"
)
