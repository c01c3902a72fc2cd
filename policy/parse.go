package policy

import (
	"errors"
	"fmt"
	"strings"
)

// MaxPathLen bounds the length of a wizard path; the longest canonical
// path is far shorter.
const MaxPathLen = 256

// Problem names what is wrong with a wizard path or command line.
type Problem string

// The problems ParsePath and ParseAnswers report.
const (
	ProblemUnknown   Problem = "unknown-answer"   // not an answer id
	ProblemConflict  Problem = "two-answers"      // a second answer to one question
	ProblemDuplicate Problem = "duplicate-answer" // the same answer twice
	ProblemEmpty     Problem = "empty-answer"     // an empty segment or argument
	ProblemTrailing  Problem = "trailing-slash"   // a path ending in "/"
	ProblemTooLong   Problem = "too-long"         // longer than MaxPathLen
	ProblemNotWizard Problem = "not-a-wizard-path"
	ProblemDate      Problem = "bad-date" // an as-of date that cannot be answered for
)

// InputError describes the first bad part of a wizard path or command line
// and the nearest valid step, so that nothing the user gave is lost.
type InputError struct {
	Problem  Problem
	Value    string     // the bad part as given
	Question QuestionID // for a conflict: the question answered twice
	Other    AnswerID   // for a conflict: the answer given first
	Suggest  AnswerID   // for an unknown id: a close valid id, if any
	Valid    []AnswerID // the ids that would be valid there
	Nearest  string     // the canonical path of the valid answers given
	Date     *DateError // for a bad date: why
}

func (e *InputError) Error() string {
	valid := joinIDs(e.Valid)
	switch e.Problem {
	case ProblemUnknown:
		msg := fmt.Sprintf("%q is not an answer", e.Value)
		if e.Suggest != "" {
			msg += fmt.Sprintf(" (did you mean %q?)", e.Suggest)
		}
		return msg + "; valid answers: " + valid
	case ProblemConflict:
		return fmt.Sprintf("%q and %q both answer the question %q; give one of: %s", e.Other, e.Value, e.Question, valid)
	case ProblemDuplicate:
		return fmt.Sprintf("%q is given twice; give it once", e.Value)
	case ProblemEmpty:
		return "an answer is empty; valid answers: " + valid
	case ProblemTrailing:
		return "the path ends with a slash; remove it"
	case ProblemTooLong:
		return fmt.Sprintf("the path is longer than %d characters", MaxPathLen)
	case ProblemDate:
		return e.Date.Error()
	}
	return fmt.Sprintf("%q is not a wizard path; wizard paths start with /ask", e.Value)
}

func joinIDs(ids []AnswerID) string {
	s := make([]string, len(ids))
	for i, a := range ids {
		s[i] = string(a)
	}
	return strings.Join(s, ", ")
}

// allAnswers lists every answer id in asking order.
func allAnswers() []AnswerID {
	var out []AnswerID
	for _, q := range questions {
		out = append(out, q.Answers...)
	}
	return out
}

// ParsePath reads a wizard path ("/ask", "/ask/use/apl/korea"). Answers may
// come in any order; irrelevant ones are dropped (State.Ignored) and
// State.Path is the canonical form, so a caller can redirect when it
// differs. A bad path gives an *InputError.
func ParsePath(p string) (State, error) { return DefaultPeriod().ParsePath(p) }

// ParseURL reads a wizard path that may name a date first
// ("/as-of/2014-09-23/ask/use"). The date selects the period it falls in;
// State.URL is the canonical form, which names the period by its first
// day and leaves the default period unprefixed, so a caller redirects
// when it differs. A date before the first policy, after today or not a
// date gives an *InputError whose Nearest drops the date.
func ParseURL(p, today string) (State, error) {
	rest, ok := strings.CutPrefix(p, strings.TrimSuffix(AsOfSegment, "/"))
	if !ok {
		return ParsePath(p)
	}
	if len(p) > MaxPathLen {
		return State{}, &InputError{Problem: ProblemTooLong, Value: p[:32] + "…", Nearest: "/ask"}
	}
	date, rest, _ := strings.Cut(strings.TrimPrefix(rest, "/"), "/")
	rest = "/" + rest
	per, err := PeriodAt(date, today)
	if err != nil {
		var de *DateError
		errors.As(err, &de)
		near := "/ask"
		if s, err := ParsePath(rest); err == nil {
			near = s.Path
		}
		return State{}, &InputError{Problem: ProblemDate, Value: date, Nearest: near, Date: de}
	}
	s, err := per.ParsePath(rest)
	if ie, ok := err.(*InputError); ok {
		ie.Nearest = per.Prefix() + ie.Nearest
	}
	return s, err
}

// URL is the state's canonical path, with its period's as-of prefix.
func (s State) URL() string { return s.Period.Prefix() + s.Path }

// ParsePath reads a wizard path in the period; see the function ParsePath.
func (per *Period) ParsePath(p string) (State, error) {
	if len(p) > MaxPathLen {
		return State{}, &InputError{Problem: ProblemTooLong, Value: p[:32] + "…", Nearest: "/ask"}
	}
	if p != "/ask" && !strings.HasPrefix(p, "/ask/") {
		return State{}, &InputError{Problem: ProblemNotWizard, Value: p, Nearest: "/ask"}
	}
	rest := strings.TrimPrefix(p, "/ask")
	var segs []string
	if rest != "" {
		segs = strings.Split(rest[1:], "/")
	}
	trailing := len(segs) > 0 && segs[len(segs)-1] == ""
	if trailing {
		segs = segs[:len(segs)-1]
	}
	s, err := per.ParseAnswers(segs)
	if err == nil && trailing {
		return State{}, &InputError{Problem: ProblemTrailing, Value: p, Nearest: s.Path}
	}
	return s, err
}

// ParseAnswers reads answer ids in the default view.
func ParseAnswers(args []string) (State, error) { return DefaultPeriod().ParseAnswers(args) }

// ParseAnswers reads answer ids given in any order (the segments of a
// wizard path, or command-line arguments) and resolves them in the period.
func (per *Period) ParseAnswers(args []string) (State, error) {
	given := Answers{}
	var first *InputError
	for _, arg := range args {
		if e := check(given, arg); e != nil {
			if first == nil {
				first = e
			}
			continue
		}
		q, _ := QuestionOf(AnswerID(arg))
		given[q] = AnswerID(arg)
	}
	if first != nil {
		near, err := per.Resolve(given)
		if err != nil {
			return State{}, err
		}
		first.Nearest = near.Path
		return State{}, first
	}
	return per.Resolve(given)
}

// check validates one answer against those already given.
func check(given Answers, arg string) *InputError {
	if arg == "" {
		return &InputError{Problem: ProblemEmpty, Valid: allAnswers()}
	}
	a := AnswerID(arg)
	q, ok := QuestionOf(a)
	if !ok {
		e := &InputError{Problem: ProblemUnknown, Value: arg, Valid: allAnswers()}
		if len(arg) <= 64 {
			low := AnswerID(strings.ToLower(strings.TrimSpace(arg)))
			if _, ok := QuestionOf(low); ok {
				e.Suggest = low
			}
		} else {
			e.Value = arg[:64] + "…"
		}
		return e
	}
	if prev, ok := given[q]; ok {
		if prev == a {
			return &InputError{Problem: ProblemDuplicate, Value: arg}
		}
		qq, _ := QuestionByID(q)
		return &InputError{Problem: ProblemConflict, Value: arg, Question: q, Other: prev, Valid: qq.Answers}
	}
	return nil
}
