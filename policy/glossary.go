package policy

// Term is one glossary entry. Definitions are the project's own words, tagged
// and sourced like every other statement, and may point at the articles or
// fact-sheet clauses where the term matters.
type Term struct {
	ID         string       // "anti-personnel-mine", unique, URL-safe
	Term       string       // as shown, e.g. "Anti-personnel mine (APL)"
	Definition string       // own words, plain English
	Tag        Tag          // the weakest tag that applies to the definition
	Sources    []string     // source keys
	Cites      []CitationID // related art-… or fs-… ids, may be empty
}

// Glossary returns the terms in alphabetical order (ignoring case). The
// slice is built on every call, so callers may modify it freely.
func Glossary() []Term {
	return []Term{
		{
			ID:         "anti-handling-device",
			Term:       "Anti-handling device",
			Definition: "A device that protects a mine: it is part of the mine, linked or attached to it, or placed under it, and it goes off when someone tries to tamper with the mine or otherwise deliberately disturbs it. The Convention's definition is wider than that of CCW Amended Protocol II, which covers only attempts to tamper. Fitting one to an anti-vehicle mine does not by itself make that mine an anti-personnel mine.",
			Tag:        TagPrimary,
			Sources:    []string{"T1", "C5"},
			Cites:      []CitationID{"art-2-3", "art-2-1"},
		},
		{
			ID:         "anti-personnel-mine",
			Term:       "Anti-personnel mine (APL)",
			Definition: "A mine designed to be set off when a person is present, comes close or touches it, and that will disable, injure or kill one or more people. The definition turns on how the mine is designed to be set off. CCW Amended Protocol II covers mines designed primarily to be set off by a person; the Convention leaves out the word primarily.",
			Tag:        TagPrimary,
			Sources:    []string{"T1", "C5"},
			Cites:      []CitationID{"art-2-1", "art-1-1-a", "art-1-1-b", "fs-use"},
		},
		{
			ID:         "anti-vehicle-mine",
			Term:       "Anti-vehicle mine",
			Definition: "A mine designed to be set off by a vehicle rather than by a person. The Convention does not ban such mines, and one does not become an anti-personnel mine merely because it is fitted with an anti-handling device.",
			Tag:        TagPrimary,
			Sources:    []string{"T1"},
			Cites:      []CitationID{"art-2-1", "art-2-2", "art-2-3"},
		},
		{
			ID:         "ccw-amended-protocol-ii",
			Term:       "CCW Amended Protocol II",
			Definition: "Protocol II of the Convention on Certain Conventional Weapons in its amended form, adopted on 3 May 1996; the U.S. is a party, having ratified it on 24 May 1999. Besides mines, it regulates other devices, such as manually emplaced munitions set off by hand, by remote control or automatically after a delay, and lets Claymore-type directional weapons be used without fencing and marking for up to 72 hours if they stay next to the unit that placed them and the area is watched to keep civilians out. Its marking standards are the minimum that the Convention's Article 5 requires for mined areas.",
			Tag:        TagSecondary,
			Sources:    []string{"C5", "U3", "U17", "U8c", "T1"},
			Cites:      []CitationID{"art-5", "art-2-1"},
		},
		{
			ID:         "command-detonated",
			Term:       "Command-detonated",
			Definition: "Fired by an operator who decides when the device goes off, rather than by its victim. The Convention does not use the term, but because such a device is not designed to be set off by its victim, it is read as falling outside the definition of an anti-personnel mine. Dual-mode weapons such as the Claymore can be fired on command or by tripwire; the ICBL says they are lawful under the Convention only in command-detonated mode, and set up with a tripwire they are banned anti-personnel mines.",
			Tag:        TagSecondary,
			Sources:    []string{"T1", "C2", "C3", "C1"},
			Cites:      []CitationID{"art-2-1"},
		},
		{
			ID:         "korean-peninsula-exception",
			Term:       "Korean Peninsula exception",
			Definition: "The carve-out in U.S. policy that keeps anti-personnel mines available on the Korean Peninsula, for the defense of the Republic of Korea, while limiting them elsewhere; the 1996 policy already excepted Korea. Under the 2014 and 2022 policies the U.S. was not to use them outside the peninsula, nor assist, encourage or induce anyone outside the context of the peninsula to do what the Convention prohibits, and undertook to destroy stockpiles not required for the defense of the Republic of Korea; policy on the peninsula itself was left unchanged. In 1997 the White House called the security situation in Korea unique, and the 2022 fact sheet again cites the unique circumstances on the peninsula.",
			Tag:        TagPrimary,
			Sources:    []string{"U3", "U11a", "U13a", "U13b", "K1"},
			Cites:      []CitationID{"fs-korea", "fs-use", "fs-assist", "fs-destroy", "art-1-1-a"},
		},
		{
			ID:         "mine",
			Term:       "Mine",
			Definition: "A munition designed to be placed under, on or near the ground or another surface, and to explode when a person or a vehicle is present, comes close or makes contact with it.",
			Tag:        TagPrimary,
			Sources:    []string{"T1"},
			Cites:      []CitationID{"art-2-2"},
		},
		{
			ID:         "mine-action",
			Term:       "Mine action (humanitarian mine action)",
			Definition: "Work to reduce the harm that landmines and explosive remnants of war do, such as clearing land, mine awareness, destroying stockpiles, and caring for and rehabilitating survivors. The Convention requires States Parties to clear their own mined areas and asks those able to help others. The U.S. said in June 2022 that since 1993 it had invested more than $4.2 billion in more than 100 countries through conventional weapons destruction programmes (more than $5.09 billion by April 2024, per the State Department), and the State Department reports on it every year in To Walk the Earth in Safety.",
			Tag:        TagPrimary,
			Sources:    []string{"T1", "U13b", "H1", "H2"},
			Cites:      []CitationID{"art-5", "art-6", "fs-mine-action"},
		},
		{
			ID:         "mined-area",
			Term:       "Mined area",
			Definition: "An area that is dangerous because mines are known or suspected to be there. Each State Party must clear the mined areas under its jurisdiction or control within ten years, unless granted an extension.",
			Tag:        TagPrimary,
			Sources:    []string{"T1"},
			Cites:      []CitationID{"art-2-5", "art-5"},
		},
		{
			ID:         "non-persistent-mine",
			Term:       "Non-persistent mine",
			Definition: "A mine designed to self-destruct or self-deactivate after a time, unlike a persistent mine. U.S. policy from 2004 kept developing non-persistent mines while phasing out persistent ones, and the 2020 policy allowed only non-persistent mines designed to self-destruct within 30 days or less, with a backup self-deactivation feature. In 2024 the U.S. announced it would provide non-persistent anti-personnel mines to Ukraine; Human Rights Watch said Ukrainian use of them would violate the Convention.",
			Tag:        TagSecondary,
			Sources:    []string{"U8a", "U12a", "U12b", "U15c"},
			Cites:      []CitationID{"art-2-1"},
		},
		{
			ID:         "ottawa-convention",
			Term:       "Ottawa Convention",
			Definition: "The informal name, also Mine Ban Treaty, of the Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on their Destruction, adopted at Oslo on 18 September 1997 and in force since 1 March 1999.",
			Tag:        TagSecondary,
			Sources:    []string{"T1", "T2", "T3", "T4"},
			Cites:      []CitationID{"art-15", "art-17", "fs-align"},
		},
		{
			ID:         "persistent-mine",
			Term:       "Persistent mine",
			Definition: "A mine that does not self-destruct or self-deactivate. The 2004 U.S. policy said all persistent mines, anti-personnel and anti-vehicle, would leave the arsenal and none would be used anywhere after 2010.",
			Tag:        TagPrimary,
			Sources:    []string{"U8a", "U8b", "U8e"},
			Cites:      nil,
		},
		{
			ID:         "sensitive-anti-vehicle-mine",
			Term:       "Sensitive anti-vehicle mine",
			Definition: "An anti-vehicle mine that a person can set off, for example through a tripwire, break-wire, tilt rod or very sensitive anti-handling device. The ICBL, the ICRC and many States Parties hold that such a mine counts as an anti-personnel mine whatever its label; a small number of States Parties contest this.",
			Tag:        TagSecondary,
			Sources:    []string{"C1"},
			Cites:      []CitationID{"art-2-1", "art-2-3"},
		},
		{
			ID:         "states-parties",
			Term:       "States Parties",
			Definition: "The states bound by the Convention. Signature closed when it entered into force in 1999, so states now join by accession, and it enters into force for a new state on the first day of the sixth month after that state deposits its instrument. How many there are depends on how they are counted: see the counts with their dates and sources.",
			Tag:        TagSecondary,
			Sources:    []string{"T1", "T3", "T7", "T8", "T11d", "T13"},
			Cites:      []CitationID{"art-17", "art-20"},
		},
		{
			ID:         "stockpile",
			Term:       "Stockpile",
			Definition: "A stock of mines that a state keeps. The Convention bans stockpiling anti-personnel mines and requires each State Party to destroy its stockpiles within four years of the Convention entering into force for it, apart from the minimum number absolutely needed for detection, clearance and destruction training.",
			Tag:        TagPrimary,
			Sources:    []string{"T1"},
			Cites:      []CitationID{"art-1-1-b", "art-4", "art-3-1", "fs-destroy"},
		},
		{
			ID:         "transfer",
			Term:       "Transfer",
			Definition: "Physically moving anti-personnel mines into or out of a country's territory, together with handing over ownership of and control over them; handing over territory that contains laid mines is not a transfer. The Convention bans transfer except to destroy the mines or for detection, clearance and destruction training.",
			Tag:        TagPrimary,
			Sources:    []string{"T1"},
			Cites:      []CitationID{"art-2-4", "art-1-1-b", "art-3-1", "art-3-2", "fs-transfer"},
		},
		{
			ID:         "victim-activated",
			Term:       "Victim-activated",
			Definition: "Set off by the presence, proximity or touch of a person, that is, by the victim. The Convention defines an anti-personnel mine by this design.",
			Tag:        TagPrimary,
			Sources:    []string{"T1"},
			Cites:      []CitationID{"art-2-1", "art-1-1-a"},
		},
	}
}
