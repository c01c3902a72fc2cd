package policy

import "strconv"

// ClaimCase is one outcome outside the Korean Peninsula where the 2022
// policy and the Convention differ.
type ClaimCase struct {
	Path      string
	Alignment Alignment
	US        Verdict
	Ottawa    Verdict
}

// ClaimCheck is the claim of docs/RULES.md section 4 tested over every
// outcome of the wizard: "outside the Korean Peninsula the 2022 policy is
// never less restrictive than the Convention". Computed, never typed in.
type ClaimCheck struct {
	Holds bool // no outcome outside Korea is us-less-restrictive
	// Considered counts the real comparisons: outcomes outside the Korean
	// Peninsula that at least one regime covers, contested ones excluded.
	Considered int
	NotCovered int               // outcomes outside Korea that neither regime covers (both out of scope)
	Contested  int               // contested outcomes outside Korea, left out of Considered
	Counts     map[Alignment]int // Considered, by alignment
	Exceptions []ClaimCase       // every considered outcome that is not aligned
}

// CheckClaim evaluates the claim over every reachable outcome whose
// answers do not place it on the Korean Peninsula.
func CheckClaim() (ClaimCheck, error) {
	states, err := AllStates()
	if err != nil {
		return ClaimCheck{}, err
	}
	c := ClaimCheck{Counts: map[Alignment]int{}}
	for _, s := range states {
		if !s.Done() || (s.Answers[Context] == "korea" && koreaIsPlace[s.Answers[Activity]]) {
			continue
		}
		o := *s.Outcome
		if o.Alignment == AlignContested {
			c.Contested++
			continue
		}
		if o.Ruling(US2022).Verdict == OutOfScope && o.Ruling(Ottawa).Verdict == OutOfScope {
			c.NotCovered++
			continue
		}
		c.Considered++
		c.Counts[o.Alignment]++
		if o.Alignment != Aligned {
			c.Exceptions = append(c.Exceptions, ClaimCase{
				Path: s.Path, Alignment: o.Alignment,
				US: o.Ruling(US2022).Verdict, Ottawa: o.Ruling(Ottawa).Verdict,
			})
		}
	}
	c.Holds = c.Counts[USLessRestrictive] == 0
	return c, nil
}

// ClaimFinding says in plain words what the check found, every number
// taken from the counts.
func (cat *Catalog) ClaimFinding(c ClaimCheck) string {
	key := "claim.finding.fails"
	if c.Holds {
		key = "claim.finding.holds"
	}
	n := func(i int) string { return strconv.Itoa(i) }
	return Fill(cat.Text(key), map[string]string{
		"considered": n(c.Considered), "aligned": n(c.Counts[Aligned]),
		"differ": n(c.Counts[ConditionsDiffer]), "stricter": n(c.Counts[USMoreRestrictive]),
		"more": n(c.Counts[USCommitsMore]), "silent": n(c.Counts[NotAddressed]),
		"less": n(c.Counts[USLessRestrictive]), "notcovered": n(c.NotCovered), "contested": n(c.Contested),
	})
}

// koreaIsPlace lists the activities for which the answer "korea" means on
// the Korean Peninsula, or in its context (docs/RULES.md, D1). For
// stockpiles it means a purpose, the defense of the Republic of Korea,
// wherever the stocks are kept: those cases can lie outside the peninsula,
// so the claim check keeps them.
var koreaIsPlace = map[AnswerID]bool{"use": true, "assist": true}
