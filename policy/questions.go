package policy

// Question is one fact the wizard asks about, with its answers in display
// order. Texts (the question, labels, hints) live in the content catalog,
// keyed by id; see content_en.go.
type Question struct {
	ID      QuestionID
	Answers []AnswerID
}

// questions are the facts of docs/RULES.md section 1, in asking order.
var questions = []Question{
	{Activity, []AnswerID{"use", "develop", "produce", "acquire", "stockpile", "transfer", "assist", "destroy", "clear", "alternatives"}},
	{Device, []AnswerID{"apl", "command", "anti-vehicle", "sensitive-av"}},
	{Persistence, []AnswerID{"persistent", "non-persistent"}},
	{Purpose, []AnswerID{"military", "mine-action", "destruction"}},
	{Context, []AnswerID{"korea", "elsewhere"}},
}

// Questions returns the questions in asking order.
func Questions() []Question {
	out := make([]Question, len(questions))
	for i, q := range questions {
		out[i] = Question{ID: q.ID, Answers: append([]AnswerID(nil), q.Answers...)}
	}
	return out
}

// QuestionByID returns the question with the given id.
func QuestionByID(id QuestionID) (Question, bool) {
	for _, q := range Questions() {
		if q.ID == id {
			return q, true
		}
	}
	return Question{}, false
}

// QuestionOf returns the question an answer id belongs to.
func QuestionOf(a AnswerID) (QuestionID, bool) {
	for _, q := range questions {
		for _, x := range q.Answers {
			if x == a {
				return q.ID, true
			}
		}
	}
	return "", false
}

// questionIndex returns the position of a question in asking order.
func questionIndex(id QuestionID) int {
	for i, q := range questions {
		if q.ID == id {
			return i
		}
	}
	return -1
}
