package policy

import (
	"regexp"
	"strings"
)

// Texts come from the catalogs (catalog.go, policy/catalog/<lang>.json),
// keyed by id:
//
//	question.<q>, hint.<q>           a question and its hint
//	answer.<a>, hint.<a>             an answer's label and hint
//	verdict.<v>, alignment.<al>      labels from docs/RULES.md section 2
//	regime.<r>, regime.<r>.about     a regime's name and what it judges
//	rule.<rule id>                   a rule's explanation, in plain words
//	ld.<id>                          a later development
//	claim.statement                  the claim the app checks
//	event.*, article.*, glossary.*   the texts of the policy's data (datatext.go)
//
// Explanations paraphrase the sources in the project's own words; exact
// words appear only in fs-… citations, which tests check against the
// fact sheet.

// Convenience lookups for the keys above.

func (cat *Catalog) QuestionText(q QuestionID) string { return cat.Text("question." + string(q)) }
func (cat *Catalog) QuestionHint(q QuestionID) string { return cat.Text("hint." + string(q)) }
func (cat *Catalog) AnswerLabel(a AnswerID) string    { return cat.Text("answer." + string(a)) }
func (cat *Catalog) AnswerHint(a AnswerID) string     { return cat.Text("hint." + string(a)) }

// textIn is a text as worded for the activity answered in a: the key with
// ".<activity>" appended when the catalog has it, else the key itself.
func (cat *Catalog) textIn(key string, a Answers) string {
	if act, ok := a[Activity]; ok {
		if t := cat.Text(key + "." + string(act)); t != "" {
			return t
		}
	}
	return cat.Text(key)
}

// QuestionTextIn, QuestionHintIn, AnswerLabelIn and AnswerHintIn word a
// question or answer for the activity in a: the Korean Peninsula question
// means a place for use, a context for assistance and a purpose for
// stockpiles (docs/RULES.md, D1).
func (cat *Catalog) QuestionTextIn(q QuestionID, a Answers) string {
	return cat.textIn("question."+string(q), a)
}
func (cat *Catalog) QuestionHintIn(q QuestionID, a Answers) string {
	return cat.textIn("hint."+string(q), a)
}
func (cat *Catalog) AnswerLabelIn(x AnswerID, a Answers) string {
	return cat.textIn("answer."+string(x), a)
}
func (cat *Catalog) AnswerHintIn(x AnswerID, a Answers) string {
	return cat.textIn("hint."+string(x), a)
}
func (cat *Catalog) VerdictLabel(v Verdict) string { return cat.Text("verdict." + string(v)) }
func (cat *Catalog) AlignmentLabel(a Alignment) string {
	return cat.Text("alignment." + string(a))
}
func (cat *Catalog) RegimeLabel(r RegimeID) string { return cat.RegimeName(r) }
func (cat *Catalog) RegimeAbout(r RegimeID) string {
	return Fill(cat.Text("regime."+string(r)+".about"), map[string]string{"announced": cat.LongDate(regimeInfos[r].AnnouncedOn)})
}

// Explanation is a rule's explanation: under its own id, else under the
// text every U.S. policy shares ("rule.us/command"), with the dates the
// rules hold filled in.
func (cat *Catalog) Explanation(r RuleID) string {
	t := cat.Text("rule." + string(r))
	if t == "" {
		if _, rest, ok := strings.Cut(string(r), "/"); ok && strings.HasPrefix(string(r), "us-") {
			t = cat.Text("rule.us/" + rest)
		}
	}
	return Fill(t, map[string]string{"persistent-end": cat.LongDate(persistentEnd)})
}
func (cat *Catalog) DevelopmentText(id string) string { return cat.Text("ld." + id) }

// StatusAsOf says what the explorer describes, dated from the data.
func (cat *Catalog) StatusAsOf() string {
	return Fill(cat.Text("status.as-of"), map[string]string{"announced": cat.LongDate(regimeInfos[US2022].AnnouncedOn)})
}

// Figure is the number a fact-sheet figure clause states ("$4.2 billion",
// "17 countries"), taken from the quote itself so it is never typed twice.
func Figure(id CitationID) string {
	c, ok := CitationByID(id)
	if !ok {
		return ""
	}
	return figurePattern.FindString(c.Quote)
}

var figurePattern = regexp.MustCompile(`(?:over )?(?:\$[0-9.,]+ billion|[0-9][0-9,]* (?:countries|people))`)

// PeriodSpan says which rules a period applies, dated and with its
// policy's status: "This page applies the rules in force from … to …".
func (cat *Catalog) PeriodSpan(p *Period) string {
	to := cat.Text("asof.open")
	if p.To != "" {
		to = cat.LongDate(p.To)
	}
	return cat.T("asof.span", map[string]string{
		"from": cat.LongDate(p.From), "to": to, "regime": cat.RegimeName(p.US),
		"status": cat.StatusLabel(RegimeStatus(p.US).Status),
	})
}

// Deferred says that a policy left a case to an earlier one's rules, and
// Kept that an exception kept an earlier one's rules: each names the
// earlier policy with its status, so that no verdict of it reads as what
// applies today.
func (cat *Catalog) Deferred(reg, earlier RegimeID) string {
	return cat.earlier("ruling.deferred", reg, earlier)
}

// Kept: see Deferred.
func (cat *Catalog) Kept(reg, earlier RegimeID) string {
	return cat.earlier("ruling.keeps", reg, earlier)
}

func (cat *Catalog) earlier(key string, reg, earlier RegimeID) string {
	name := cat.T("regime.with-status", map[string]string{"name": cat.RegimeName(earlier), "status": cat.StatusLabel(RegimeStatus(earlier).Status)})
	return cat.T(key, map[string]string{"regime": cat.RegimeShort(reg), "earlier": name})
}
