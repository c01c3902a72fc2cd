package policy

// ClaimCase is one outcome outside the Korean Peninsula where the 2022
// policy and the Convention differ.
type ClaimCase struct {
	Path      string
	Alignment Alignment
	US        Verdict
	Ottawa    Verdict
}

// ClaimCheck is the claim of rules.md section 3 tested over every outcome
// of the wizard: "outside the Korean Peninsula the 2022 policy is never
// less restrictive than the Convention". Computed, never typed in.
type ClaimCheck struct {
	Holds      bool              // no outcome outside Korea is us-less-restrictive
	Considered int               // outcomes outside the Korean Peninsula, contested ones excluded
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
		if !s.Done() || s.Answers[Context] == "korea" {
			continue
		}
		o := *s.Outcome
		if o.Alignment == AlignContested {
			c.Contested++
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
