"""Advocacy demands as claims: who demands what of whom (Political Claims Analysis).

A *claim* (Koopmans & Statham) is a public speech act with a **claimant**, a
**form** (``claimant_via``: the instrument, and ``action``: the verb normalised
to :data:`newsfacts.vocab.DEMAND_ACTIONS`), an **addressee** and an **issue**
(:data:`newsfacts.vocab.DEMAND_ISSUES`), with a **stance** (for / against).
Condemnations and accusations are claims too (stance ``against``).

How a claim is found (all rules are general; nothing names a seed sentence)
---------------------------------------------------------------------------

1. **Triggers** (:data:`TRIGGERS`): claim verbs (calls for / on, appeals, asks X
   to, urges, presses X to, wants X to, demands, insists, requests, recommends, condemns,
   denounces, blasts, criticises, deplores, slams, regrets, rejects, blames, accuses,
   supports, backs, welcomes, endorses, praises, stresses, underscores,
   emphasises, highlights, reiterates, warns), claim nouns that open a list item or
   follow a light verb ("Support for …", "Emphasis on …", "Condemnation of …",
   "A call to …", "expressing … support", "includes a call to …"), honours granted
   ("will grant honorary citizenship to …": ``supports`` via ``award``), and three
   kinds of *reported* content, which count only when someone reports them (a
   quotation's speaker, "X said (that) …", "according to X", a trailing "…, X said")
   and when they name an issue: accusations ("Azerbaijan is guilty of …", "was
   committing genocide"), modal demands ("… must release …" → ``demands``,
   "… should …" → ``calls_for``) and evaluations ("the hearings were a sham",
   "held on fabricated charges", "refused every request for an interpreter" →
   ``condemns``) and welcomes ("the displaced are welcome to return" → ``supports``). Rejecting
   criticism, accusations or allegations is a denial, no claim. A passive with an agent ("was condemned by X") is X's claim.
   A second trigger in the same clause starts a new claim only when it is
   coordinated ("…, and strongly condemns …", "…, demanding …") or has a subject of
   its own ("…, while X praised …"); otherwise it is part of the first claim's
   content ("a call to X *to request* that Y …", "…, which the resolution says must …").
   Items under a header line ending with ":" that names an instrument ("The
   petition reads:", "The resolution calls on Azerbaijan to:") are claims of that
   instrument even without a verb of their own. A motion "by X" is X's (``sponsor``) until a body adopts
   it; one "adopted without a vote" (no agent) is adopted by the body that adopted the motion
   before it; a counter-motion is a motion. A headline opening the text is
   skipped: it repeats the lead's claim.
2. **Claimant** (who speaks), in this order:

   * inside a quotation, the quote's speaker ("“…,” X said", "said TITLE X",
     "X said: “…”", an unattributed quote continues the previous speaker's),
     unless a third party is the explicit subject of the claim verb inside the
     quote ("“Paris calls for …”" → the city);
   * an instrument as subject ("the resolution", "the draft", "the text", "the
     statement", "It", a list item under "Key points of the resolution include:")
     → the actor that issued the instrument: a draft's sponsor ("introduced by X
     on behalf of Y" → claimant Y, ``sponsor`` X), an adopted resolution's body
     ("Z has adopted a resolution", "the adoption by Z of a resolution" →
     claimant Z), a statement's, report's, letter's or post's author ("X said in a
     statement", "X delivered a report", "X sent a letter … urging", "a petition launched
     by X"); the body that will vote on a draft is kept in ``body``; a paragraph opening
     with a statement never introduced before ("The statement reads: …") is the lead
     actor's;
   * otherwise the subject of the claim verb: the actor named right before the
     verb (not the object of a preposition, not a possessive), or the first actor
     of the clause; pronouns resolve to the last quoted speaker (he/she after a
     quote), the last person named (he/she), the last instrument (it), the
     antecedent ("X, who …"), the last organisation ("the organization", "the
     bloc"); a pronoun opening a later clause of the sentence ("X argues that Y must …; it
     wants …") is the claimant of the clause before it; a verb coordinated with a reporting verb ("X said the trials were a
     sham and demanded …") takes the reporter, one coordinated with the clause an actor opens
     ("Minister X visited the camp …, and called for …") takes that actor; the agents of a body
     opening the clause speak for it ("Lawyers for X replied", "A spokesperson for X said" → X),
     and so does the actor a group acts under ("protesters organised by X", "senators led by X");
     a title refers back to the person last named with it ("the Catholicos said", "The
     ambassador also urged …"); a title's own preposition ("High Commissioner for Human Rights
     X") and an instrument phrase ("X, in a statement, called for …") do not hide the subject;
   * continuity across sentences: a pronoun opening a sentence's main clause ("It also urged
     …", "She also called on …") continues the claimant of the claims in the two sentences
     before, unless another actor of its kind has opened a sentence since or the sentence
     rejects or condemns (a response usually comes from the addressee); a possessive
     instrument opening a sentence ("Its statement demanded …") is issued by the actor that
     opened the sentence before; a plural description ("The senators also pressed …") is the
     set of actors last named together as claimants;
   * several claimants: actors coordinated as the subject ("France and Germany urged …",
     "senators led by X (D-Minn.) and Y (R-Maine) demanded …") each make the claim (one row
     each); a passive request ("X was urged by Y to …") is Y's, addressed to X;
   * a city acting ("Paris calls for") is the city's government (``City of X``)
     speaking through its mayor, kept in ``sponsor`` when the article names him
     or her.
3. **Addressee** (whom the claim is directed at): the object of a directive
   ("call on X", "urge X", "a call to X", "appeal to X", "demand that X …",
   "recommended that X …"), the owner of a duty ("X's duty to …"), the actor
   condemned or accused ("blasted X for", "X is guilty of", "X's policy",
   "destruction by X"), the subject of a reported demand or evaluation ("X must
   …", "X is holding them on fabricated charges"; not when that subject is a
   pronoun), the holder named in a release demand ("held by X", "imprisoned in
   X"), or the recipient of the letter that carries the demand ("a letter to X
   urging …"). A body named by a definite description after a directive is the last such body named
   ("asked the judges to" → the court, "urged the council to"); "the government" is the government of
   the claimant's own country (from the reference list: "the French Senate urged the government to");
   "it" after a directive coordinated with an earlier one is that one's addressee ("calls on X to … and
   urges it to …"). **Target**: in a nested demand, the actor the requested act is
   aimed at ("a call to X to request that Y free …", "asked the court to order Y to …" → target Y).
4. **Issue** from the claim's content (:func:`classify_issue`), with the names of
   bodies and people blanked out ("UN Human Rights Council" is no rights claim):
   cue patterns that pair an act with its object (release + detainees,
   destruction + heritage, safe return, suspension + assistance, …) are
   *strong*; bare object nouns (prisoners, heritage, refugees, talks, …) are
   *weak*. The earliest strong cue wins (at the same place, the cue listed first
   in :data:`ISSUE_CUES`), else the earliest weak cue; a clause with no cue takes
   the issue of the rest of its sentence from its claimant on ("praised the
   mediators and urged both sides to sign the treaty"), else the issue of the nearest claim
   before it (up to three sentences back) when the same claimant goes on or the claim endorses
   that one ("… urged Baku to free the prisoners. HRW praised the call"); an endorsement of "the
   vote"/"the resolution"/"the result" takes the issue of the article's first resolution claim,
   however far back; else ``other``. Some cues
   depend on polarity (condemnations, warnings and calls to end something are
   "against"): arrests, detention and trials condemned are ``fair_trial`` but
   demanded are ``accountability``; displacement condemned is
   ``rights_protection`` but displaced people supported are
   ``support_displaced``. Coordinated objects with different issues ("condemns
   ethnic cleansing and the destruction of heritage", "to free the prisoners and
   to permit a safe return") are split into one claim each, and so are parallel
   complements that repeat their introducing word ("release X and to quash Y",
   "called for X and for Y", "demanded that A … and that B …"), also when the second one names
   its issue a few words in ("to fund housing … and to back a mission to monitor heritage sites").
   A description of the demand's target is not a second object ("sanctions against officials
   involved in the detention and trials of …" is one claim). A condition attached
   to a demand ("… until the prisoners are freed", "unless …") or an aside between commas
   ("to insist, in any peace talks, on their right to return") does not decide its issue; its
   cues count only when the rest names none.
5. **Date**: the dated statement/report/resolution event (from the events
   table) in the claim's clause or in a sentence that introduces its instrument
   or quote; otherwise the article's publication date.

Speed (every pattern is compiled once per process, :func:`patterns`)
-------------------------------------------------------------------
Triggers, speech verbs and instrument nouns are found in ONE pass over each article: every
alternative of those patterns starts with a few literal prefixes (read from the parsed regex,
:func:`_literal_prefixes`); one factored regex of all prefixes finds the candidate word starts in the
lowercased text, and only the alternatives that can begin with the prefix found there are tried, in
their order, so the matches are exactly those of the whole patterns (:class:`_Scanner`; a test checks
it). Issue cues are matched the same way. Speech verbs and clause boundaries are indexed once per
article (clause boundaries per sentence, when first needed); patterns anchored at the end of a
look-behind are searched in a short window before the position, not in the whole sentence; sentences
without a trigger are never looked at beyond that pass, while the state that spans sentences
(instruments and their issuers, quotations and their speakers) is built once per article.

Columns appended to the issue's schema: ``sponsor`` (the person who introduced
the instrument or voiced the claim for the claimant: the MP tabling a draft, the
mayor speaking for the city) and ``body`` (the body that will vote on, or
adopted, a resolution).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

import pandas as pd

COLUMNS = ["demand_id", "article_id", "sentence_id", "start", "end", "claimant", "claimant_via",
           "action", "addressee", "target", "issue", "stance", "text", "date", "sponsor", "body"]

# --------------------------------------------------------------------------- vocabulary of cues
#: A named addressee after "asked/pressed/ordered/expected": "the UN Committee against Torture",
#: "Secretary of State X", "Armenia's government", "Canada's foreign minister".
NAMED_OBJECT = (r"(?:the\s+)?(?-i:[A-Z])[\w’'.-]*(?:\s+(?:(?:of|against|for|on|and)\s+(?:the\s+)?)?(?-i:[A-Z])[\w’'.-]*){0,5}"
                r"(?:(?<=[’']s)(?:\s+(?-i:[a-z])[\w-]*){1,2})?")

#: Claim triggers: (regex, action, kind). Kinds: ``verb`` (finite or participle claim verb),
#: ``noun`` (claim noun, valid at the start of a list item or after a light verb),
#: ``support_noun`` (``support``: noun or verb by context), ``accuse`` (accusation, the subject is
#: the addressee), ``award`` (an honour granted), ``modal`` (must/should inside reported speech).
TRIGGERS: list[tuple[str, str, str]] = [
    (r"call(?:s|ed|ing)?\s+(?:for|on|upon)\b", "calls_for", "verb"),
    (r"(?:(?<=\ba\s)|(?<=\bthe\s)|(?<=\bits\s)|(?<=\bher\s)|(?<=\bhis\s)|(?<=\btheir\s)|(?<=^))call\s+to\b", "calls_for", "noun"),
    (r"appeal(?:s|ed|ing)?\s+(?:for|to|on)\b", "calls_for", "verb"),
    (r"ask(?:s|ed|ing)?\s+for\b", "calls_for", "verb"),
    (rf"ask(?:s|ed|ing)?(?=\s+{NAMED_OBJECT}\s+to\s+\w)",
     "requests", "verb"),
    (rf"order(?:s|ed|ing)?(?=\s+{NAMED_OBJECT}\s+to\s+\w)",
     "demands", "verb"),
    (r"ask(?:s|ed|ing)?(?=\s+(?:the|its|their|his|her|all|every)\s+(?:[\w-]+\s+){0,2}?to\s+(?!be\b)\w)", "requests", "ask_lower"),
    (rf"press(?:es|ed|ing)?(?=\s+{NAMED_OBJECT}\s+to\s+\w)",
     "urges", "verb"),
    (rf"press(?:es|ed|ing)?(?=\s+{NAMED_OBJECT}\s+for\s+\w)", "urges", "verb"),  # "presses Baku for the release"
    # "expects Baku to release …": an expectation addressed to a named actor (not "expects the talks to resume")
    (rf"expect(?:s|ed|ing)?(?=\s+{NAMED_OBJECT}\s+to\s+\w)",
     "calls_for", "verb"),
    # "it wants the State Department to tie …": a wish addressed to a named actor
    (rf"want(?:s|ed)?(?=\s+{NAMED_OBJECT}\s+to\s+\w)", "calls_for", "verb"),
    (r"plead(?:s|ed|ing)?\s+for\b", "calls_for", "verb"),
    (r"demand(?:s|ed|ing)?\b", "demands", "verb"),
    (r"insist(?:s|ed|ing)?\s+(?:on|that)\b", "demands", "verb"),
    (r"urg(?:e|es|ed|ing)\b", "urges", "verb"),
    (r"press(?:es|ed|ing)?\s+for\b", "urges", "verb"),
    (r"request(?:s|ed|ing)?\b", "requests", "verb"),
    (r"recommend(?:s|ed|ing)?\b", "calls_for", "verb"),
    (r"condemn(?:s|ed|ing)?\b", "condemns", "verb"),
    (r"condemnation\s+of\b", "condemns", "noun"),
    (r"denounc(?:e|es|ed|ing)\b", "condemns", "verb"),
    (r"denunciation\s+of\b", "condemns", "noun"),
    (r"blast(?:s|ed|ing)\b", "condemns", "verb"),
    (r"critici[sz](?:e|es|ed|ing)\b", "condemns", "verb"),
    (r"criticism\s+of\b", "condemns", "noun"),
    (r"deplor(?:e|es|ed|ing)\b", "condemns", "verb"),
    (r"slam(?:s|med|ming)\b", "condemns", "verb"),
    (r"regret(?:s|ted|ting)\b", "condemns", "verb"),
    (r"decr(?:y|ies|ied|ying)\b", "condemns", "verb"),
    (r"reject(?:s|ed|ing)\b", "condemns", "verb"),
    # "dismissed the resolution as …": a characterisation, not a court dismissing a case
    (r"dismiss(?:es|ed|ing)?(?=\s+(?:[\w’'-]+\s+){1,6}?as\b)", "condemns", "verb"),
    (r"oppos(?:e|es|ed)\b(?!\s+to\s+(?:be|the\s+idea)\b)", "condemns", "verb"),
    (r"accus(?:e|es|ed|ing)\b", "condemns", "accuse_verb"),
    (r"blam(?:e|es|ed|ing)\b", "condemns", "accuse_verb"),
    (r"(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:guilty\s+of|responsible\s+for)\b",
     "condemns", "accuse"),
    (r"(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:committing|carrying\s+out|perpetrating)"
     r"(?=\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,2}(?:genocide|ethnic\s+cleansing|war\s+crimes?|crimes?|atrocit|aggression|"
     r"violations?|massacres?|terror))", "condemns", "accuse"),
    (r"(?:is|are|was|were|be|remains?|remained)\s+(?:\w+ly\s+)?welcome\s+to\b", "supports", "modal"),
    (r"support(?:s|ed|ing)?\b", "supports", "support"),
    (r"welcom(?:e|es|ed|ing)\b", "supports", "verb"),
    (r"back(?:s|ed)\b(?!\s+(?:down|off|out|away|up|to|in|from|home)\b)", "supports", "verb"),
    (r"endors(?:e|es|ed|ing)\b", "supports", "verb"),
    (r"prais(?:e|es|ed|ing)\b|commend(?:s|ed|ing)?\b|hail(?:s|ed|ing)?\b", "supports", "verb"),
    (r"(?:remains?|remained|is|are|was|were|stays?|stayed)\s+(?:\w+ly\s+)?(?:fully\s+)?committed\s+to\b",
     "supports", "verb"),
    (r"commitment\s+to\b", "supports", "noun"),
    (r"solidarity\s+with\b", "supports", "noun"),
    (r"recogni[sz](?:e|es|ed|ing)\s+the\s+right\b", "supports", "verb"),
    (r"stress(?:es|ed|ing)\b|stress(?=\s+(?:that|the\s+need|the\s+importance)\b)", "stresses", "verb"),
    (r"underscor(?:e|es|ed|ing)\b", "stresses", "verb"),
    (r"underlin(?:e|es|ed|ing)\b", "stresses", "verb"),
    (r"emphasi[sz](?:e|es|ed|ing)\b", "stresses", "verb"),
    (r"emphasis\s+on\b", "stresses", "noun"),
    (r"highlight(?:s|ed|ing)?\b(?!s)", "stresses", "verb"),
    (r"not(?:e|es|ed|ing)\s+the\s+(?:need|importance|necessity)\b", "stresses", "verb"),
    (r"reiterat(?:e|es|ed|ing)\b", "stresses", "verb"),
    (r"reaffirm(?:s|ed|ing)?\b", "stresses", "verb"),
    (r"warn(?:s|ed|ing)?\b", "warns", "verb"),
    (r"(?:grant|hand|award|give|gave|giv|confer|bestow|present)(?:s|ed|ing|en)?\s+(?:[\w‘’'\"“”-]+\s+){0,3}"
     r"[‘'\"“]?(?:honorary\s+citizenship|awards?|prizes?|medals?|honou?rs?)\b", "supports", "award"),
    (r"(?:must|needs?\s+to|has\s+to|have\s+to)\b", "demands", "modal"),
    (r"(?:should|ought\s+to)\b", "calls_for", "modal"),
    (r"(?<=[“\"])(?-i:Let|Free|Release|Stop|End|Return|Give|Allow|Protect|Guarantee|Save|Bring)\b", "calls_for", "modal"),
    (r"(?:sham|farce|travesty|mockery|spectacle|show\s+trials?|kangaroo\s+courts?|fabricated|trumped-up|"
     r"politically\s+motivated|illegal(?:ly)?|unlawful(?:ly)?|arbitrar(?:y|ily)|refus(?:es|ed)|denie[sd]|"
     r"depriv(?:es|ed)|disgrace(?:ful)?|outrage(?:ous)?|shameful|scandal(?:ous)?|unjust|injustice|so-called|"
     r"ethnically\s+cleansed|bargaining\s+chips?|hostage[- ]taking|held\s+(?:as\s+)?hostages?)\b",
     "condemns", "evaluative"),
    (r"(?:is|was|are|were|amounts?\s+to|amounted\s+to|constitutes?|constituted)\s+(?:an?\s+|the\s+)?[\"“‘']?"
     r"(?:(?![\w-]+ed\s)[\w-]+\s+)?(?:genocide|ethnic\s+cleansing|war\s+crimes?|crimes?\s+against\s+humanity)\b",
     "condemns", "evaluative"),
]

#: Light verbs that make a claim noun a claim ("expressing unconditional support to …").
LIGHT_VERB = (r"\b(?:express|voic|reaffirm|reiterat|declar|pledg|extend|offer|issu|mak|made|renew|plac|put|"
              r"show|includ|contain)\w*\s+(?:\w+\s+){0,2}$")

#: Issue cues: (regex, issue, strength, polarity). strength 2 = act + object, 1 = bare object.
#: polarity: "" any, "for" / "against" only for that polarity of the claim. The earliest match of
#: the highest strength decides (at the same place, the cue listed first).
_W = r"(?:[\w’'-]+,?\s+)"  # one word and the space after it
HERITAGE_NOUN = (r"(?:heritage|monuments?|churche?s?|cathedrals?|monaster(?:y|ies)|cemeter(?:y|ies)|khachkars?|"
                 r"cultural\s+property|(?:historical|religious|cultural|sacred|holy)\s+sites?|shrines?|manuscripts?)")
DETAINEE_NOUN = (r"(?:detainees?|prisoners?|captives?|hostages?|POWs|prisoners\s+of\s+war|leaders|officials|"
                 r"Armenians|people|them|those|all|everyone|civilians|soldiers|servicemen)")
DISPLACED_GROUP = (r"(?:refugees?|displaced\s+(?:\w+\s+){0,2}?(?:Armenians|people|persons|population|residents|"
                   r"families|communit(?:y|ies))|Armenians\s+(?:of|from)\s+(?:Artsakh|Nagorno[- ]Karabakh|Karabakh)|"
                   r"(?:Artsakh|Karabakh|Nagorno[- ]Karabakh)(?:’s|'s)?\s+(?:Armenians|Armenian\s+population|residents|"
                   r"people|population))")

#: what a lawyer's access is to ("access to a lawyer" is a fair-trial claim, not humanitarian access)
LEGAL_HELP = r"(?:lawyers?|counsel|attorneys?|legal\s+(?:aid|advice|representation|counsel|assistance))"

ISSUE_CUES: list[tuple[str, str, int, str]] = [
    # release_detainees
    (r"\b(?:release|releasing|freeing|liberat\w+|amnesty|amnesties|pardon\w*|repatriat\w+)\b", "release_detainees", 2, ""),
    (rf"\bfree\s+{_W}{{0,4}}{DETAINEE_NOUN}\b", "release_detainees", 2, ""),
    # passive: "the detainees should be freed", "until every prisoner is released", "set free"
    (r"\b(?:be|been|being|is|are|was|were|get|gets|got)\s+(?:\w+ly\s+)?(?:freed|released|set\s+free)\b|\bset\s+free\b",
     "release_detainees", 2, ""),
    # "bring them home", "bring our captive sons back home", "secure their freedom"
    (r"\b(?:bring|brings|bringing|brought)\s+(?:them|(?:our|the|all|every|these|those)\s+(?:[\w-]+\s+){0,2}?"
     r"(?:detainees|prisoners|captives|hostages|POWs|sons|daughters|brothers|sisters|men|boys|compatriots))\s+"
     r"(?:back\s+)?home\b", "release_detainees", 2, ""),
    (r"\b(?:secur\w+|win|winning|won)\s+(?:their|his|her|the)\s+freedom\b", "release_detainees", 2, ""),
    (rf"\breturn\s+of\s+{_W}{{0,3}}(?:detainees|prisoners|captives|hostages|POWs|prisoners\s+of\s+war)\b", "release_detainees", 2, ""),
    (r"\b(?:detainees?|prisoners?|captives?|hostages?|POWs|prisoners\s+of\s+war)\b", "release_detainees", 1, ""),
    # people still held: "speak out for the Armenians still imprisoned in Baku"
    (r"\b(?:still|remain\w*|currently)\s+(?:imprisoned|jailed|detained|held|behind\s+bars|in\s+custody)\b",
     "release_detainees", 1, ""),
    # fair_trial
    (r"\b(?:fair|unfair|sham|show|mock|politically\s+motivated)\s+trials?\b", "fair_trial", 2, ""),
    (r"\bdue\s+process\b", "fair_trial", 2, ""),
    # observing a trial: "let independent observers into the courtroom", "trial monitors"
    (rf"\b(?:let|allow\w*|admit\w*|permit\w*)\s+{_W}{{0,5}}?(?:monitors|observers|diplomats|journalists)\s+"
     rf"(?:in(?:to)?|to\s+attend|at)\s+{_W}{{0,3}}?(?:courtrooms?|courts?|trials?|hearings?|proceedings)\b|"
     r"\btrial\s+(?:observers|monitors|monitoring)\b", "fair_trial", 2, ""),
    (rf"\baccess\s+to\s+{_W}{{0,2}}?{LEGAL_HELP}", "fair_trial", 2, ""),
    (rf"\b(?:drop\w*|dismiss\w*|withdraw\w*|quash\w*|end\w*|halt\w*|stop\w*|cease\w*)\s+{_W}{{0,2}}"
     r"(?:charges|trials?|prosecutions?|proceedings|cases)\b", "fair_trial", 2, ""),
    # undoing a judgment: "quash the sentences", "overturn the convictions", "annul the verdicts"
    (rf"\b(?:quash\w*|overturn\w*|annul\w*|vacat\w+|revers\w+|set\w*\s+aside)\s+{_W}{{0,3}}"
     r"(?:sentences?|convictions?|verdicts?|judg(?:e)?ments?|rulings?)\b", "fair_trial", 2, ""),
    (r"\barbitrar\w+\s+(?:\w+\s+)?(?:arrest\w*|detention|detain\w*|imprison\w*)", "fair_trial", 2, ""),
    (r"\b(?:trials?|prosecutions?|persecution|charges|sentenc\w+|arrest\w*|detention|detaining|imprisonment|"
     r"jailing|convictions?|proceedings|verdicts?)\b", "fair_trial", 2, "against"),
    (r"\b(?:sham|farce|travesty|mockery|show\s+trials?|kangaroo\s+courts?|fabricated|trumped-up)\b", "fair_trial", 2, ""),
    # detainees held as a means of pressure: arbitrary detention
    (r"\bbargaining\s+chips?\b|\bhostage[- ]taking\b|\bheld\s+(?:as\s+)?hostages?\b", "fair_trial", 2, ""),
    (r"\b(?:interpreters?|lawyers?|counsel|hearings?|incommunicado|defen[cs]e)\b", "fair_trial", 1, ""),
    # accountability
    (r"\baccountab\w+|\bimpunity\b|\bjustice\s+for\b|\b(?:without|no)\s+consequences\b|\bgo\s+unpunished\b|"
     r"\b(?:escape|face|evade)\w*\s+justice\b", "accountability", 2, ""),
    (rf"\bbring\w*\s+{_W}{{0,4}}to\s+justice\b", "accountability", 2, ""),
    # opening a case: "open a preliminary examination", "launch a probe"
    (rf"\bpreliminary\s+examination\b|\b(?:open|launch|start|initiat)\w*\s+{_W}{{0,2}}(?:probe|prosecution|case\s+against)\b",
     "accountability", 2, ""),
    (r"\b(?:investigat\w+|inquiry|fact-finding|punish\w*|war\s+crimes?|crimes\s+against\s+humanity)\b",
     "accountability", 2, ""),
    (r"\b(?:trials?|prosecut\w+|arrest\w*)\b", "accountability", 2, "for"),
    # right_of_return
    (r"\b(?:safe|dignified|secure|voluntary|safe\s+and\s+dignified)\s+return\b", "right_of_return", 2, ""),
    (r"\bright\s+(?:to|of)\s+(?:a\s+)?(?:safe\s+)?return\b", "right_of_return", 2, ""),
    (rf"\bright\s+of\s+{_W}{{1,3}}to\s+(?:a\s+)?(?:safe\s+)?return\b", "right_of_return", 2, ""),
    (rf"\breturn\s+{_W}{{0,3}}(?:to\s+)?(?:their|its|his|her)\s+(?:homes?|lands?|homeland)\b", "right_of_return", 2, ""),
    (r"\bsecurity\s+guarantees?\b", "right_of_return", 2, ""),
    (r"\breturn\s+(?:guarantees?|mechanism|arrangements?|process|rights?)\b", "right_of_return", 2, ""),
    (rf"\bguarantee\w*\s+{_W}{{0,3}}(?:return|security|safety)\b", "right_of_return", 2, ""),
    (rf"\bright\s+to\s+live\s+{_W}{{0,3}}(?:ancestral|native|historic\w*)\s+lands?\b", "right_of_return", 2, ""),
    (r"\breturn\s+home\b", "right_of_return", 2, ""),
    # "allow displaced Armenians to go back": enabling a return, before naming who returns
    (rf"\b(?:allow|let|enabl|permit)\w*\s+{_W}{{0,5}}?to\s+(?:return|go\s+back|come\s+back|move\s+back)\b",
     "right_of_return", 2, ""),
    (r"\breturn\b|\b(?:go|come|get|move)\s+back\b", "right_of_return", 1, ""),
    # self_determination
    (r"\bself[- ]determination\b", "self_determination", 2, ""),
    (r"\b(?:status|independence)\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?(?:Artsakh|Nagorno[- ]Karabakh|Karabakh)\b",
     "self_determination", 2, ""),
    (rf"\brecogni\w+\s+{_W}{{0,2}}(?:independence|Republic\s+of\s+Artsakh)\b", "self_determination", 2, ""),
    # heritage_protection
    (rf"\b(?:destr\w+|desecrat\w+|vandali\w+|demoli\w+|bulldoz\w+|raz(?:e|es|ed|ing)|eras\w+|damag\w+|obliterat\w+|"
     rf"preserv\w+|protect\w*|monitor\w*|"
     rf"sav(?:e|es|ed|ing)|restor\w+|safeguard\w*)\s+{_W}{{0,6}}?{HERITAGE_NOUN}", "heritage_protection", 2, ""),
    (r"\bcultural\s+(?:genocide|erasure|destruction|cleansing)\b", "heritage_protection", 2, ""),
    (rf"{HERITAGE_NOUN}|\bvandalism\b", "heritage_protection", 1, ""),
    # rights_protection
    (r"\bethnic\s+cleansing\b|\bethnically\s+cleans\w*|\bgenocid\w*\b|\batrocit\w+|\bdeportations?\b",
     "rights_protection", 2, ""),
    (r"\b(?:human|minority|civil|fundamental|basic)\s+rights\b", "rights_protection", 2, ""),
    (r"\bGeneva\s+Conventions?\b|\binternational\s+humanitarian\s+law\b|\bill-treatment\b|\btortur\w+",
     "rights_protection", 2, ""),
    (rf"\b(?:respect|protection|guarantee)\s+(?:for|of)\s+{_W}{{0,2}}rights\b", "rights_protection", 2, ""),
    (r"\brights\s+of\b", "rights_protection", 2, ""),
    (rf"\beliminat\w+\s+{_W}{{0,3}}presence\b", "rights_protection", 2, ""),
    (rf"\bprotect\w*\s+{_W}{{0,6}}?(?:Armenians|civilians|population|people|minorit(?:y|ies)|residents|lives|"
     r"property|documents|possessions)\b", "rights_protection", 2, ""),
    (r"\b(?:use\s+of\s+force|intimidation|harassment|violence\s+against)\b", "rights_protection", 2, ""),
    (r"\b(?:forced|forcible)\s+displacement\b|\bforcibly\s+displac\w+|\bexpulsion\b", "rights_protection", 2, "against"),
    # support_displaced
    (rf"\b(?:aid|assistance|support|help|housing|shelter)\s+(?:to|for)\s+{_W}{{0,5}}?{DISPLACED_GROUP}",
     "support_displaced", 2, ""),
    (rf"\b(?:resettl\w+|rehous\w+|hous(?:e|es|ed|ing)|accommodat\w+|integrat\w+)\s+(?:of\s+)?(?:[\w’',.-]+\s+){{0,4}}?"
     rf"{DISPLACED_GROUP}",
     "support_displaced", 2, ""),
    (rf"\bhonorary\s+citizenship\s+{_W}{{0,4}}to\s+{_W}{{0,4}}?(?:{DISPLACED_GROUP}|Armenians|residents|people)",
     "support_displaced", 2, ""),
    (rf"\b(?:forcibly\s+)?displaced\s+(?:\w+\s+){{0,2}}?(?:Armenians|people|persons|population|residents|families)",
     "support_displaced", 2, "for"),
    (DISPLACED_GROUP, "support_displaced", 1, "for"),
    (r"\b(?:housing|humanitarian\s+aid)\b", "support_displaced", 1, ""),
    # sanctions
    (r"\bsanction\w*|\bembargo\w*|\bboycott\w*", "sanctions", 2, ""),
    # a measure made conditional on a release is the requested act: "make X a condition of EU funding"
    (rf"\bmak(?:e|es|ing)\s+{_W}{{0,10}}?(?:an?\s+)?(?:pre)?condition(?:al)?\s+(?:of|for|on|upon)\b", "sanctions", 2, ""),
    (r"\b(?:stop\w*|cease\w*|(?:can(?:not|’t|'t)|must\s+not|should\s+not|no\s+longer)\s+(?:keep|continue)(?:\s+to)?)\s+"
     r"(?:buying|paying|funding|financing|purchasing|importing|arming|supplying)\b", "sanctions", 2, ""),
    (rf"\bwaiv\w+\s+{_W}{{0,3}}?(?:restrictions?|sanctions|ban|embargo|Section\s+907)\b|"
     rf"\brestrict\w*\s+{_W}{{0,3}}(?:aid|assistance|funding|arms|exports)\b", "sanctions", 2, ""),
    (rf"\b(?:suspen\w+|freez\w*|froze\w*|halt\w*|cancel\w*|terminat\w*|cut\w*|end\w*)\s+{_W}{{0,3}}"
     r"(?:cooperation|contracts?|agreements?|memorand\w+|imports?|purchases|deals?|membership|gas|aid|funding|"
     r"assistance|negotiations|talks|arms\s+sales|visas?|visa-\w+)\b", "sanctions", 2, ""),
    (rf"\barms\s+(?:sales|supplies|exports|deliveries)\b|\b(?:freez|froze)\w*\s+{_W}{{0,2}}assets\b", "sanctions", 2, ""),
    (r"\bpressure\s+on\b|\bpunitive\s+measures\b", "sanctions", 2, ""),
    # export controls: "suspend export permits for military components", "halt weapons exports"
    (rf"\b(?:suspen\w+|revok\w+|freez\w*|froze\w*|halt\w*|cancel\w*|stop\w*|end\w*|restrict\w*|ban\w*)\s+{_W}{{0,3}}?"
     r"(?:export\s+(?:permits|licen[cs]es)|exports?\s+of\s+(?:arms|weapons|military)|weapons?\s+(?:sales|exports|deliveries)|"
     r"military\s+(?:aid|assistance|cooperation|components|equipment|exports|sales))\b", "sanctions", 2, ""),
    (r"\bSection\s+907\b", "sanctions", 2, ""),
    (r"\bwaivers?\b", "sanctions", 1, ""),
    (r"\bleverage\b", "sanctions", 1, ""),
    # humanitarian_access
    (r"\bhumanitarian\s+(?:access|corridor|supplies|convoys?)\b", "humanitarian_access", 2, ""),
    (r"\b(?:ICRC|Red\s+Cross)\b", "humanitarian_access", 2, ""),
    (rf"\b(?:lift\w*|end\w*|break\w*)\s+{_W}{{0,2}}blockade\b|\bblockade\b", "humanitarian_access", 2, ""),
    (rf"\b(?:open\w*|reopen\w*|unblock\w*|clos(?:e|es|ed|ing|ure)|block(?:s|ed|ing)?|obstruct\w*)\s+{_W}{{0,3}}"
     r"(?:corridor|road|border|access)\b", "humanitarian_access", 2, ""),
    (rf"\b(?:allow\w*|grant\w*|permit\w*|ensur\w*|provid\w*|restor\w*)\s+{_W}{{0,3}}access\b"
     rf"(?!\s+to\s+{_W}{{0,2}}?{LEGAL_HELP})", "humanitarian_access", 2, ""),
    # seeing the detainees (doctors, the Red Cross, monitors): access, not release ("to see them freed" is release)
    (rf"\b(?:visit\w*|see|seeing|examin\w+)\s+{_W}{{0,3}}?(?:detainees?|prisoners?|captives?|hostages?|POWs)\b"
     r"(?![’']|\s+(?:freed|released|home|return))", "humanitarian_access", 2, ""),
    # monitoring the detainees or their conditions ("independent monitoring of the detainees' health")
    (rf"\bmonitor\w*\s+{_W}{{0,3}}?(?:detainees?|prisoners?|captives?|hostages?|POWs|detention|conditions\s+of\s+detention)",
     "humanitarian_access", 2, ""),
    (rf"\b(?:let|allow\w*|admit\w*|permit\w*)\s+{_W}{{0,5}}?(?:monitors|observers|humanitarian|aid\s+(?:workers|groups|"
     r"agencies|convoys)|journalists|doctors|physicians|medics)\b", "humanitarian_access", 2, ""),
    (rf"\b(?:unimpeded|unhindered|unrestricted|full|free|safe)\s+access\b(?!\s+to\s+{_W}{{0,2}}?{LEGAL_HELP})",
     "humanitarian_access", 2, ""),
    # visits to detainees resumed or allowed ("allow the Red Cross to resume visits")
    (rf"\b(?:resum\w+|allow\w*|permit\w*|grant\w*|restor\w*)\s+{_W}{{0,2}}?visits?\b", "humanitarian_access", 2, ""),
    (r"\baccess\s+(?:for|to)\b", "humanitarian_access", 1, ""),
    # peace_process
    (r"\bpeace\s+(?:treaty|agreement|deal|process|talks|negotiations|accords?|plan)\b", "peace_process", 2, ""),
    (rf"\bimplementation\s+of\s+{_W}{{0,3}}(?:agreements?|declarations?|treat(?:y|ies)|accords?|deals?|statements?)\b",
     "peace_process", 2, ""),
    (r"\bjoint\s+declaration\b|\bnormali[sz]ation\b|\bnegotiat\w+|\bdialogue\b|\bceasefire\b", "peace_process", 2, ""),
    (r"\b(?:border\s+)?(?:delimitation|demarcation)\b", "peace_process", 2, ""),
    # Baku's precondition for the treaty: changing Armenia's constitution
    (rf"\b(?:amend|chang|rewrit|revis)\w*\s+{_W}{{0,2}}constitution\b|\bconstitutional\s+(?:change|amendment|reform)s?\b",
     "peace_process", 2, ""),
    (r"\b(?:talks|declaration|treaty|peace\s+deal|(?<!own\s)accords?)\b", "peace_process", 1, ""),  # not "of their own accord"
    (r"\bpeace\b", "peace_process", 1, ""),
]

#: Instrument nouns -> claimant_via. Only with a determiner or possessive before them.
INSTRUMENTS: dict[str, str] = {
    "resolution": "resolution", "motion": "resolution", "bill": "resolution", "draft": "resolution",
    "counter-motion": "resolution", "counter-resolution": "resolution",
    "statement": "statement", "declaration": "statement", "press release": "statement",
    "communique": "statement", "communiqué": "statement",
    "report": "report", "study": "report",
    "letter": "letter", "open letter": "letter", "petition": "letter",
    "post": "post", "tweet": "post", "message": "post",
    "speech": "speech", "interview": "speech", "address": "speech", "remarks": "speech",
    "text": "any", "document": "any",  # "the text also deplores …": the last instrument, whatever its kind
}
SPEECH_VERBS = (r"said|says|say|added|adds|announced|announces|stated|states|wrote|writes|told|tells|tweeted|posted|"
                r"declared|declares|noted|notes|stressed|stresses|emphasi[sz]ed|continued|explained|insisted|urged|"
                r"warned|asked|concluded|recalled|underlined|underscored|claimed|claims|argued|argues|believes|"
                r"reported|reports|accused|called|described|describes|branded|labell?ed|termed|reads|replied|"
                r"responded|insisted|maintained|countered")
#: Definite descriptions that refer back to the last organisation named ("The organization has asked …").
ORG_ANAPHORS = (r"bloc|organi[sz]ation|group|agency|ministry|committee|council|assembly|parliament|union|alliance|"
                r"commission|watchdog|coalition|department|municipality|NGO|court|tribunal|senate|chamber|"
                r"government|network|federation|association|foundation|institute|caucus|campaign|movement")
#: Titles that refer back to the person who holds them ("the Catholicos said", "The senator also urged …").
PERSON_TITLES = (r"minister|ambassador|senator|congressman|congresswoman|lawmaker|MEP|envoy|president|"
                 r"spokes(?:man|woman|person)|archbishop|bishop|catholicos|patriarch|primate|pope|mayor|"
                 r"ombuds(?:man|woman|person)|commissioner|rapporteur|chair(?:man|woman)?|director|secretary|"
                 r"governor|speaker|prosecutor|researcher|analyst|lawyer|attorney|activist|priest|cleric")
_PERSON_TITLE_HEADS = frozenset(re.sub(r"\(\?:[^)]*\)\??", "", PERSON_TITLES).split("|")) | {
    "spokesman", "spokeswoman", "spokesperson", "ombudsman", "ombudswoman", "ombudsperson", "chairman",
    "chairwoman", "chair", "mep"}

#: Anaphors that must match the head noun of the body they refer to ("the court" -> "… Court of Justice").
HEAD_ANAPHORS = {"court", "tribunal", "senate", "chamber", "government", "ministry", "assembly", "parliament",
                 "council", "commission", "committee"}
PRONOUNS = {"i": "first", "we": "first", "he": "person", "she": "person", "it": "thing", "they": "plural",
            "who": "relative", "which": "relative"}
ADDRESSEE_TYPES = {"person", "organization", "government", "group", "media"}
CLAIMANT_TYPES = {"person", "organization", "government", "group", "media"}
SPEECH_EVENT_TYPES = {"statement", "report", "resolution", "award", "meeting"}


# --------------------------------------------------------------------------- compiled patterns
def _literal_prefixes(pattern: str, flags: int = 0, k: int = 4) -> set[str]:
    """The lowercase literal prefixes (up to *k* characters) that every match of *pattern* starts with.

    Read from the parsed pattern: a prefix stops early at anything that is not a literal (a wide
    character class, a repeat's second turn), so the set always covers every match. Raises
    ValueError when some match can start with anything (an empty prefix): no filter is possible then.
    """
    from re import _constants as C
    from re import _parser

    out: set[str] = set()

    def walk(items: list, prefix: str) -> None:
        if len(prefix) >= k or not items:
            out.add(prefix)
            return
        op, av = items[0]
        rest = list(items[1:])
        if op is C.LITERAL:
            walk(rest, prefix + chr(av).lower())
        elif op in (C.ASSERT, C.ASSERT_NOT, C.AT):  # zero width
            walk(rest, prefix)
        elif op is C.BRANCH:
            for branch in av[1]:
                walk(list(branch) + rest, prefix)
        elif op is C.SUBPATTERN:
            walk(list(av[-1]) + rest, prefix)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
            if av[0] == 0:
                walk(rest, prefix)  # zero turns
            walk(list(av[2]), prefix)  # one turn, then stop
        elif op is C.IN and len(av) <= 8 and all(o is C.LITERAL for o, _ in av):
            for _, ch in av:
                walk(rest, prefix + chr(ch).lower())
        else:
            out.add(prefix)

    walk(list(_parser.parse(pattern, flags)), "")
    if "" in out:
        raise ValueError(f"a match of {pattern[:60]!r}… can start with any character")
    return out


def _trie(prefixes: set[str], leaf=None) -> str:
    """One regex matching any of *prefixes*, factored by common beginnings (fast in Python's re).

    Only the shortest prefixes are kept (a longer one adds nothing); *leaf(prefix)*, if given, is
    appended after each (an empty named group tells which prefix matched)."""
    keep = [p for p in prefixes if not any(p[:n] in prefixes for n in range(1, len(p)))]
    root: dict = {}
    for word in keep:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = word

    def build(node: dict) -> str:
        if "" in node:
            return leaf(node[""]) if leaf else ""
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items())]
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return build(root)


class _Scanner:
    """``re.finditer`` of several patterns of the form ``lead(?:alt1|alt2|…)tail`` at once, fast.

    Every match of an alternative starts at a word start with one of a few literal prefixes
    (:func:`_literal_prefixes`, cut at the first character that is not a letter). One factored regex
    of all those prefixes finds the candidate places in the lowercased text in a single pass; an
    empty group at the end of each prefix tells which one stands there, and only the alternatives
    that can begin with it are tried there, in their order (the others cannot match at that place),
    so the matches are those of the whole pattern. ``m.lastgroup`` is ``a<i>`` for alternative *i*.
    """

    def __init__(self, specs: list[tuple[str, list[str], str, int]]) -> None:
        self.specs = specs
        alt_prefixes = []  # per spec, per alternative: its prefixes
        for lead, alts, tail, flags in specs:
            per_alt = []
            for a in alts:
                cut = {re.match(r"[a-z]*", x).group(0) for x in _literal_prefixes(a, flags)}
                if "" in cut:
                    raise ValueError(f"a match of {a[:60]!r}… may start with a character that is not a letter")
                per_alt.append(cut)
            alt_prefixes.append(per_alt)
        union = set().union(*(q for per_alt in alt_prefixes for q in per_alt))
        leaves: list[str] = []

        def leaf(word: str) -> str:
            leaves.append(word)
            return f"(?P<p{len(leaves)}>)"

        trie = _trie(union, leaf)
        # per leaf (group index), per spec: the alternatives that can start where the leaf stands, i.e. those
        # with a prefix that begins with the leaf (a leaf is the shortest prefix of its kind: none is shorter)
        leaf_no = {w: n for n, w in enumerate(leaves, start=1)}
        found: dict[int, dict[int, set]] = {}
        for k, per_alt in enumerate(alt_prefixes):
            for i, own in enumerate(per_alt):
                for q in own:
                    n = next(leaf_no[q[:j]] for j in range(1, len(q) + 1) if q[:j] in leaf_no)
                    found.setdefault(n, {}).setdefault(k, set()).add(i)
        self.todo: list[tuple] = [tuple((k, tuple(sorted(found.get(n, {})[k]))) for k in sorted(found.get(n, {})))
                                  for n in range(len(leaves) + 1)]
        self._compiled: dict[tuple, re.Pattern] = {}
        # consuming letters only, from a word start: no other word start is skipped
        self.pre_low = re.compile(rf"\b{trie}")
        self.pre_any = re.compile(rf"\b{trie}", re.I)

    def _rx(self, k: int, idx: tuple) -> re.Pattern:
        rx = self._compiled.get((k, idx))
        if rx is None:
            lead, alts, tail, flags = self.specs[k]
            body = "|".join(f"(?P<a{i}>{alts[i]})" for i in idx)
            rx = self._compiled[k, idx] = re.compile(f"{lead}(?:{body}){tail}", flags)
        return rx

    def scan_one(self, text: str, low: str, first: bool = False) -> list[re.Match]:
        """``scan`` of a one-pattern scanner (the issue cues): its matches; with *first*, the first only."""
        pre, src = (self.pre_low, low) if len(low) == len(text) else (self.pre_any, text)
        out: list[re.Match] = []
        end = 0
        compiled, todo = self._compiled, self.todo
        for c in pre.finditer(src):
            p = c.start()
            if p < end or not todo[c.lastindex]:
                continue
            key = todo[c.lastindex][0]
            m = (compiled.get(key) or self._rx(*key)).match(text, p)
            if m is not None:
                out.append(m)
                if first:
                    break
                end = m.end() if m.end() > p else p + 1
        return out

    def scan(self, text: str, low: str, first: bool = False) -> list[list[re.Match]]:
        """Per pattern, its matches in *text* (non-overlapping, as ``finditer``); *low* is ``text.lower()``.
        With *first*, only the first match of each pattern (as ``search``)."""
        pre, src = (self.pre_low, low) if len(low) == len(text) else (self.pre_any, text)
        n = len(self.specs)
        out: list[list[re.Match]] = [[] for _ in range(n)]
        ends = [0] * n
        done = 0
        compiled, todo = self._compiled, self.todo
        for c in pre.finditer(src):
            p = c.start()
            for k, idx in todo[c.lastindex]:
                if p >= ends[k]:
                    rx = compiled.get((k, idx)) or self._rx(k, idx)
                    m = rx.match(text, p)
                    if m is not None:
                        out[k].append(m)
                        if first:
                            ends[k] = len(text) + 1  # no more for this pattern
                            done += 1
                        else:
                            ends[k] = m.end() if m.end() > p else p + 1
            if first and done == n:
                break
        return out


@dataclass(frozen=True)
class _Patterns:
    trigger_table: list  # per trigger: (action, kind)
    issues: dict
    instrument: tuple
    speech_verb: re.Pattern
    scanner: _Scanner  # triggers, speech verbs, instrument nouns: one pass over the text
    that_tail: re.Pattern
    pronoun: re.Pattern
    skip_words: re.Pattern
    speech_end: re.Pattern


@lru_cache(maxsize=1)
def patterns() -> _Patterns:
    """Every regex of this module, compiled once per process."""
    # the scanner's trigger matches tell which trigger matched (group a<i>): its action and kind
    trigger_table = [(action, kind) for _, action, kind in TRIGGERS]
    # per polarity, one alternation per strength (strong first): at the same place, the cue listed first
    # wins; tried only at word starts (every cue begins with a word)
    issues = {}
    for pol in ("for", "against"):
        for strength in (2, 1):
            idx = tuple(i for i, (_, _, st, pl) in enumerate(ISSUE_CUES) if st == strength and pl in ("", pol))
            issues[pol, strength] = (_Scanner([(r"(?<![\w’'-])(?=\w)", [ISSUE_CUES[i][0] for i in idx], "", re.I)]), idx)
    noun_alts = [a.replace("draft(?:s|es)?", r"drafts?(?!\s+(?:resolution|motion|bill|law|statement|declaration|report|letter))")
                 for a in sorted((re.escape(k).replace(r"\ ", r"\s+") + r"(?:s|es)?" for k in INSTRUMENTS), key=len, reverse=True)]
    nouns = "|".join(noun_alts)
    # an instrument noun (found by the scanner), then (looking back) its determiner or possessive and up to
    # two modifiers, none of them an instrument noun itself
    instrument = (re.compile(r"(?P<det>\b(?:a|an|the|its|his|her|their|this|that|our|new|latest)\s+|(?:’s|'s)\s+)"
                             r"(?P<mods>(?:[\w-]+\s+){0,2}?)$", re.I),
                  re.compile(rf"(?:{nouns})\b", re.I))
    speech_verb = re.compile(rf"\b(?:{SPEECH_VERBS})\b", re.I)
    that_tail = re.compile(r"[^.;:“”\"]{0,80}?\bthat\s+", re.I)  # after a speech verb: "said … that"
    pronoun = re.compile(rf"\b(?:I|[Ww]e|[Hh]e|[Ss]he|[Ii]t|[Tt]hey|who|which|[Tt]he\s+(?i:{ORG_ANAPHORS})"
                         rf"|[Tt]he\s+(?:(?:former|deputy|foreign|prime|senior|chief|special)\s+)?(?i:{PERSON_TITLES}))\b")
    days = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    months = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
              r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?")
    skip_words = re.compile(
        rf"^(?:\s|also|further|strongly|firmly|again|repeatedly|once|has|have|had|will|would|"
        rf"shall|can|could|did|does|do|is|are|was|were|be|been|not|only|then|now|today|tonight|"
        rf"yesterday|soon|later|earlier|already|still|\w+ly|keeps?|kept|(?-i:[IVX]+|Jr\.?|Sr\.?)|"
        rf"(?:stands?|stood|is|are|was|were)\s+ready\s+to|"
        rf"(?:is|are|was|were|be)\s+(?:expected|set|due|scheduled|likely|going|about|poised|ready|planning|able)\s+to|"
        rf"(?:plans?|planned|intends?|intended|wants?|wanted|hopes?|hoped|seeks?|sought|continues?|continued|"
        rf"keeps?|kept|agreed|decided|vowed|pledged|promised|threatened|tried|tries|began|begins|started|starts|"
        rf"went\s+on|goes\s+on|moved|moves)\s+to|"
        rf"on\s+{days}|on\s+{months}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|on\s+\d{{1,2}}\s+{months}(?:\s+\d{{4}})?|"
        rf"(?:last|this|next|earlier\s+this|later\s+this)\s+(?:week|month|year|weekend|{days})|"
        rf"in\s+(?:a|an|its|his|her|their|the)\s+(?:[\w-]+\s+){{0,2}}?(?:statement|post|letter|report|speech|"
        rf"interview|address|message|tweet|declaration|resolution))+$", re.I)
    # a quotation's lead that introduces speech: "X said:", "…, according to X,", "X said"
    speech_end = re.compile(rf"(?:[:,—–-]|\b(?:{SPEECH_VERBS})(?:\s+[\w’'-]+){{0,3}})\s*$", re.I)
    scanner = _Scanner([(r"(?<![\w-])(?=[A-Za-z])", [p for p, _, _ in TRIGGERS], "", re.I | re.M),
                        (r"\b", SPEECH_VERBS.split("|"), r"\b", re.I),
                        (r"(?<![\w-])", noun_alts, r"\b(?!\s+(?:of|by)\s+(?:the\s+)?(?:law|way))", re.I)])
    return _Patterns(trigger_table, issues, instrument, speech_verb, scanner, that_tail, pronoun, skip_words, speech_end)


def classify_issue(text: str, polarity: str = "for") -> tuple[str, int, int]:
    """The issue of a claim's *text*: ``(issue, start, strength)``; ``("other", -1, 0)`` when no cue.

    *polarity* is ``"against"`` for condemnations and calls to end something, else ``"for"``.
    """
    pol = "against" if polarity == "against" else "for"
    main = _without_conditions(text)
    for t in ((main, text) if main != text else (text,)):
        low = t.lower()
        for strength in (2, 1):
            scanner, idx = patterns().issues[pol, strength]
            found = scanner.scan_one(t, low, first=True)
            if found:
                return ISSUE_CUES[idx[int(found[0].lastgroup[1:])]][1], found[0].start(), strength
    return "other", -1, 0


#: A condition attached to a demand ("… until the prisoners are freed", "unless Baku complies"): what it
#: names is the condition, not what is demanded, so its cues count only when the rest has none.
_CONDITION = re.compile(r"\b(?:until|unless|as\s+long\s+as|so\s+long\s+as|pending)\b[^,;.]*", re.I)


#: An aside set off by commas ("to insist, in any peace talks, on their right to return"): where or when
#: the act is to happen, not what it is; like a condition, its cues count only when the rest has none.
_ASIDE = re.compile(r"(?<=,)\s*(?:in|during|at|within|throughout|under|amid|before|after)\s+[^,;.“”\"]{1,40}(?=,)", re.I)


def _without_conditions(text: str) -> str:
    """*text* with its condition clauses and asides blanked (same length, so offsets still hold)."""
    if _CONDITION.search(text):
        text = _CONDITION.sub(lambda m: " " * len(m.group(0)), text)
    if "," in text and _ASIDE.search(text):
        text = _ASIDE.sub(lambda m: " " * len(m.group(0)), text)
    return text


def issue_cues(text: str, polarity: str = "for", min_strength: int = 2) -> list[tuple[int, int, str]]:
    """Every cue match (start, end, issue) of at least *min_strength*, in text order."""
    pol = "against" if polarity == "against" else "for"
    main = _without_conditions(text)
    for t in ((main, text) if main != text else (text,)):
        low = t.lower()
        out = []
        for strength in (2, 1):
            if strength >= min_strength:
                scanner, idx = patterns().issues[pol, strength]
                out += [(m.start(), m.end(), ISSUE_CUES[idx[int(m.lastgroup[1:])]][1]) for m in scanner.scan_one(t, low)]
        if out:
            break
    return sorted(out)


# --------------------------------------------------------------------------- article context
_NON_SPACE = re.compile(r"\S+")
_ACCORDING_TO = re.compile(r"^\s*,?\s*according\s+to\s+", re.I)
_SLACK: dict[str, re.Pattern] = {}  # mention_at's optional words before a mention, compiled once each
_TRAILING_AND = re.compile(r"(?:,\s*|\s+)(?:and|or|as\s+well\s+as)$")
# verbs that govern an instrument, right before it: "X will consider / has adopted a resolution"
_BODY_VERB = re.compile(r"\b(consider|debat|discuss|examin|review|vote\s+on|adopt|pass|approv|endors|unanimously\s+adopt)"
                        r"(?:s|es|e|ed|d|ing)?\s+(?:on\s+)?$", re.I)
_ADOPTION_BY = re.compile(r"\badoption\s+by\s+(?P<rest>.{0,80}?)\bof\s+$", re.I)
# where a clause begins: after a dash, colon, semicolon, closing quote, before a relative pronoun, at a
# subordinating conjunction
_CLAUSE_CUT = re.compile(  # (factored by the first character, which the look-ahead checks first: faster)
    r"(?=[\s:;”\",])(?:\s(?:[—–-]{1,2}\s|(?:while|whereas|although|though|because)\s)|:\s|;\s|[”\"],?\s+|"
    r",(?:\s+(?=(?P<rel>who|which|whose|whom)\b)|\s*(?:while|whereas|although|though|because)\s))")
# after an instrument: "… (will be) introduced by X", "… by/from X", "… (sent) to X"
_ISSUED_BY = re.compile(r"^\s*,?\s*(?:which\s+|that\s+)?(?:will\s+be\s+|was\s+|were\s+|has\s+been\s+|had\s+been\s+|"
                        r"is\s+|are\s+|being\s+|to\s+be\s+)?(?:\w+ly\s+)?(?P<v>introduced|tabled|submitted|drafted|"
                        r"proposed|sponsored|authored|initiated|put\s+forward|adopted|passed|approved|endorsed|signed|"
                        r"issued|released|published|written|delivered|presented|launched|started|organi[sz]ed|circulated|"
                        r"filed|lodged|sent)\s+(?:\w+\s+){0,2}?by\s+", re.I)
_ADOPTED_NO_AGENT = re.compile(r"^[^;]{0,120}?\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?"
                               r"(?:adopted|passed|approved)\b(?!\s+by\b)", re.I)
_BY_FROM = re.compile(r"^\s*,?\s*(?:by|from)\s+", re.I)  # "A second motion, by X, …"
_SENT_TO = re.compile(r"^\s*(?:(?:addressed|delivered|sent|written)\s+)?to\s+(?:(?:every|each|all)\s+)?"
                      r"(?:members?\s+of\s+)?", re.I)
_ISSUE_VERB = re.compile(rf"\b(?:issued|issues|released|releases|published|publishes|delivered|delivers|presented|"
                         rf"presents|sent|sends|wrote|writes|posted|posts|signed|signs|made|makes|gave|gives|launched|"
                         rf"launches|circulated|submitted|addressed|adopted|adopts|approved|put\s+out|{SPEECH_VERBS})"
                         rf"\s+(?:in\s+|on\s+)?$", re.I)
class _Match:
    """A determiner match and a noun match seen as one match with groups det, mods, noun."""

    def __init__(self, det, noun) -> None:
        self._spans = {"det": det.span("det"), "mods": det.span("mods"), "noun": noun.span()}
        self._text = {"det": det.group("det"), "mods": det.group("mods"), "noun": noun.group(0)}

    def group(self, name: str) -> str:
        return self._text[name]

    def start(self, name: str = "det") -> int:
        return self._spans[name][0]

    def end(self, name: str = "noun") -> int:
        return self._spans[name][1]


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    actor: str
    type: str


@dataclass(slots=True)
class _Entity:
    """An instrument (resolution, statement, report, …) and who issued it."""

    kind: str
    start: int
    sponsor: _Mention | None = None
    group: _Mention | None = None
    body: _Mention | None = None
    adopted: bool = False
    author: _Mention | None = None
    recipient: _Mention | None = None  # "a letter to X"
    sentences: set = field(default_factory=set)

    def claimant(self) -> _Mention | None:
        if self.kind == "resolution":
            if self.adopted and self.body:
                return self.body
            return self.group or self.sponsor or self.body or self.author
        return self.author or self.group or self.sponsor or self.body


@dataclass(slots=True)
class _Quote:
    start: int
    end: int
    speech: bool
    speaker: _Mention | None = None
    via: str = "speech"
    attribution_sid: int = -1


@dataclass(slots=True)
class _Subject:
    mention: _Mention | None = None
    entity: _Entity | None = None
    via: str = ""
    sponsor: str = ""
    anchor_sids: tuple = ()
    pronoun: bool = False  # the subject was a pronoun, resolved
    pronoun_word: str = ""  # that pronoun ("It", "he", "the committee")
    pronoun_at: int = -1  # and where it stands


class _Article:
    def __init__(self, article_id: str, text: str, sentences: list[tuple[int, int, int]],
                 mentions: list[_Mention], published: str = "") -> None:
        self.id = article_id
        self.text = text
        self.sents = sentences  # (sentence_id, start, end), sorted by start
        self._sent_starts = [s[1] for s in sentences]
        self._sent_index = {s[0]: i for i, s in enumerate(sentences)}
        # sentence ids grow with the text (as the corpus numbers them): look-backs can start at an index
        self._ids_in_order = all(a[0] < b[0] for a, b in zip(sentences, sentences[1:]))
        self.mentions = [m for m in mentions if m.actor]
        self._m_starts = [m.start for m in self.mentions]
        self.published = published
        self.low = text.lower()  # for the prefix filters (same length as text unless rare characters)
        self.has_mayor = "mayor" in self.low
        # the text with named actors blanked out, for issue cues ("UN Human Rights Council" is no rights claim)
        parts, at = [], 0
        for m in self.mentions:
            if m.type in {"organization", "government", "person", "media"} and m.end > at:
                start = max(m.start, at)
                parts += [text[at:start], "_" * (m.end - start)]
                at = m.end
        self.masked = "".join(parts) + text[at:]
        # every speech verb ("said", "told", …) once, for the look-ups in clauses
        self.trigger_matches, speech, self.instrument_matches = patterns().scanner.scan(text, self.low)
        self.speech = [(m.start(), m.end()) for m in speech]
        self._speech_starts = [s for s, _ in self.speech]
        self._cuts: dict[int, list] = {}  # per sentence, the places where a clause begins (clause_start)
        self.quotes = self._find_quotes()
        self.entities: list[_Entity] = []
        self.instr: list[tuple[int, int, _Entity, bool]] = []  # (start, end, entity, plural), in text order
        self._instr_starts: list[int] = []
        self._instr_sorted = True
        self._find_instruments()
        self._attribute_quotes()

    # ---- lookups
    def sentence_at(self, pos: int) -> tuple[int, int, int]:
        i = max(bisect.bisect_right(self._sent_starts, pos) - 1, 0)
        return self.sents[i]

    def sents_upto(self, sid: int) -> int:
        """How many sentences (from the first) a look-back from sentence *sid* needs: those up to *sid*."""
        return self._sent_index[sid] + 1 if self._ids_in_order and sid in self._sent_index else len(self.sents)

    def speech_verbs_in(self, start: int, end: int) -> list[tuple[int, int]]:
        """The speech verbs (start, end) inside [start, end)."""
        i = bisect.bisect_left(self._speech_starts, start)
        out = []
        while i < len(self.speech) and self.speech[i][1] <= end:
            out.append(self.speech[i])
            i += 1
        return out

    def mentions_in(self, start: int, end: int) -> list[_Mention]:
        i = bisect.bisect_left(self._m_starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end <= end:
                out.append(self.mentions[i])
            i += 1
        return out

    def mention_at(self, pos: int, types=None, slack: str = r"(?:the\s+|all\s+)?") -> _Mention | None:
        """The mention that starts at *pos* (after optional *slack* words)."""
        rx = _SLACK.get(slack)
        if rx is None:
            rx = _SLACK[slack] = re.compile(rf"\s*{slack}", re.I)
        m = rx.match(self.text, pos, pos + 60)
        limit = m.end() if m else pos  # a mention may start up to here
        best = None
        i = bisect.bisect_left(self._m_starts, pos)
        while i < len(self.mentions) and self.mentions[i].start <= limit:
            x = self.mentions[i]
            if x.end <= pos + 200 and (types is None or x.type in types) and \
                    (best is None or x.end - x.start > best.end - best.start):
                best = x  # the longest, the first of equals
            i += 1
        return best

    def mention_ending(self, pos: int, types=None) -> _Mention | None:
        """The mention that ends right before *pos* (whitespace allowed)."""
        end = pos
        while end > 0 and self.text[end - 1].isspace():
            end -= 1
        cands = [x for x in self.mentions_in(max(0, end - 200), end) if x.end == end
                 and (types is None or x.type in types)]
        return max(cands, key=lambda x: x.end - x.start) if cands else None

    def quote_at(self, pos: int) -> _Quote | None:
        for q in self.quotes:
            if q.start < pos < q.end:
                return q
        return None

    def paragraph_start(self, pos: int) -> int:
        i = self.text.rfind("\n", 0, pos)
        return i + 1

    # ---- quotes
    def _find_quotes(self) -> list[_Quote]:
        """Quotations: curly or straight quotes paired in order. A pair may span paragraphs only as a
        quoted block (opening a paragraph, closing at the end of one); otherwise a quote ends at the
        end of its paragraph."""
        text = self.text
        marks = [(m.start(), m.group(0)) for m in re.finditer(r"[“”\"]", text)]
        spans, i = [], 0
        while i < len(marks):
            pos, ch = marks[i]
            if ch == "”":
                i += 1
                continue
            closing = "”" if ch == "“" else '"'
            j = next((k for k in range(i + 1, len(marks)) if marks[k][1] == closing
                      or (ch == "“" and marks[k][1] == "“")), None)
            para_end = text.find("\n", pos)
            para_end = len(text) if para_end < 0 else para_end
            if j is not None and marks[j][1] == closing and marks[j][0] < para_end:
                spans.append((pos, marks[j][0] + 1))
                i = j + 1
                continue
            block = (j is not None and marks[j][1] == closing and text[self.paragraph_start(pos):pos].strip() == ""
                     and re.match(r"\s*(?:\n|$)", text[marks[j][0] + 1:]))
            if block:
                spans.append((pos, marks[j][0] + 1))
                i = j + 1
            else:
                spans.append((pos, para_end))  # unclosed: to the end of the paragraph
                i += 1
                while i < len(marks) and marks[i][0] < para_end:
                    i += 1
        out = []
        speech_end = patterns().speech_end
        for start, end in spans:
            inner = text[start:end].strip("“”\" \n")
            n_words = len(inner.split())
            speech = n_words >= 6 or bool(re.search(r"[.!?,]\s*$", inner) and n_words >= 3)
            lead = text[self.sentence_at(start)[1]:start]
            lead = re.split(r"[.!?][”\"’']?\s+", lead)[-1]  # the sentence splitter may have missed a boundary
            if speech and lead.strip() and not speech_end.search(lead):
                speech = False  # a fragment quoted inside the sentence's own clause ("warned that X “would …”")
            out.append(_Quote(start, end, speech))
        return out

    def _attribute_quotes(self) -> None:
        prev: _Quote | None = None
        for q in self.quotes:
            if not q.speech:
                continue
            sid, s_start, s_end = self.sentence_at(max(q.end - 1, 0))
            after = self.text[q.end:s_end]
            mt = re.search(r",\s+(?:which|who)\b|;", after)
            speaker, via = self._speaker_after(q.end, after[:mt.start()] if mt else after)
            if speaker is None:
                sid0, b_start, _ = self.sentence_at(q.start)
                before = self.text[b_start:q.start]
                if not before.strip() and sid0 > 0:
                    # the quote opens a paragraph after "X said:" (the previous sentence)
                    prev_sid, p_start, p_end = self.sents[self._sent_index[sid0] - 1]
                    if self.text[p_start:p_end].rstrip().endswith(":"):
                        sid0, b_start, before = prev_sid, p_start, self.text[p_start:p_end]
                mb = re.search(rf"\b(?:{SPEECH_VERBS})\b[^“\"]{{0,40}}[:,]\s*$", before, re.I)
                if not mb and not before.strip() and sid0 > 0:
                    prev_sid, p_start, p_end = self.sents[self._sent_index[sid0] - 1]
                    ent = self.entity_at(p_start, p_end)
                    if ent is not None and ent.claimant() is not None and \
                            self.text[p_end:q.start].count("\n") >= 1:
                        speaker, via, sid = ent.claimant(), ent.kind, prev_sid
                if mb:
                    subj = self.subject(b_start + mb.start(), b_start, allow_quote=False)
                    speaker = subj.mention
                    via = _via_in(before) or "speech"
                    sid = sid0
            if speaker is None and prev is not None and prev.speaker is not None and \
                    self.paragraph_start(q.start) >= self.paragraph_start(prev.start) and \
                    self.text.count("\n\n", prev.end, q.start) <= 1:
                speaker, via, sid = prev.speaker, prev.via, prev.attribution_sid
            q.speaker, q.via, q.attribution_sid = speaker, via or "speech", sid
            if speaker is not None:
                prev = q

    def _speaker_after(self, pos: int, after: str):
        words = after[:120]
        verbs = self.speech_verbs_in(pos, pos + len(words))  # the first speech verb after the quote
        v_start, v_end = (verbs[0][0] - pos, verbs[0][1] - pos) if verbs else (-1, -1)
        if not verbs or len(words[:v_start].split()) > 6:
            ma = _ACCORDING_TO.match(words)
            if not ma:
                return None, ""
            return self.mention_at(pos + ma.end(), CLAIMANT_TYPES), "speech"
        via = _via_in(after) or ("post" if words[v_start:v_end].lower() in {"tweeted", "posted"} else "speech")
        gap_start, gap_end = pos, pos + v_start
        cands = [m for m in self.mentions_in(gap_start, gap_end) if m.type in CLAIMANT_TYPES]
        if cands:
            persons = [m for m in cands if m.type == "person"]
            return (persons or cands)[0], via
        mp = patterns().pronoun.search(self.text[gap_start:gap_end])
        if mp:
            return self._resolve_pronoun(mp.group(0), gap_start + mp.start()), via
        # "said ANCA Executive Director Aram Hamparian": the person named after the verb
        tail = self.mentions_in(pos + v_end, pos + min(len(after), v_end + 100))
        tail = [m for m in tail if m.type in CLAIMANT_TYPES]
        persons = [m for m in tail if m.type == "person"]
        return ((persons or tail)[0] if tail else None), via

    # ---- instruments
    def _find_instruments(self) -> None:
        pat = patterns()
        last: dict[str, _Entity] = {}
        det_rx, noun_start = pat.instrument
        for n in self.instrument_matches:
            w0 = max(0, n.start() - 60)
            md = det_rx.search(self.text, w0, n.start())
            if md is None or (md.group("mods") and any(noun_start.match(self.text, w.start() + md.start("mods"))
                                                       for w in _NON_SPACE.finditer(md.group("mods")))):
                continue
            m = _Match(md, n)
            noun = " ".join(m.group("noun").lower().split())
            base = noun if noun in INSTRUMENTS else noun.rstrip("s") if noun.rstrip("s") in INSTRUMENTS else noun[:-2]
            kind = INSTRUMENTS.get(base)
            if kind is None:
                continue
            plural = base != noun
            det = m.group("det").strip().lower()
            mods = m.group("mods").lower()
            if "joint" in mods:
                continue
            start, end = m.start("mods") if m.group("mods") else m.start("noun"), m.end("noun")
            if kind == "resolution" and base == "draft" and re.match(r"\s+resolution", self.text[end:end + 20], re.I):
                continue
            sid = self.sentence_at(start)[0]
            if kind == "any":
                if plural or det not in {"the", "this", "its"} or not self.entities:
                    continue
                ent = self.entities[-1]
                ent.sentences.add(sid)
                self._add_instrument(start, end, ent, False)
                continue
            possessor = None
            if det in {"’s", "'s"}:
                possessor = self.mention_ending(m.start("det"), CLAIMANT_TYPES)
            definite = det in {"the", "this", "that", "its", "his", "her", "their", "our"}
            # "the draft" is the resolution; "the petition" is not the letter
            key = kind if kind == "resolution" else base
            if plural:
                ent = _Entity(kind, start)
            elif definite and key in last:
                ent = last[key]
            else:
                ent = _Entity(kind, start)
            if possessor is not None and ent.author is None:
                ent.author = possessor
            ent.sentences.add(sid)
            if not plural:
                last[key] = ent
                if ent not in self.entities:
                    self.entities.append(ent)
            self._add_instrument(start, end, ent, plural)
            self._issuer(ent, m.start(), end, det)

    def _issuer(self, ent: _Entity, start: int, end: int, det: str) -> None:
        sid, s_start, s_end = self.sentence_at(start)
        before, after = self.text[s_start:start], self.text[end:s_end]

        # "X will (soon) consider / has adopted a resolution"
        # (the patterns end at the instrument: searched in the last characters before it only)
        resolution = ent.kind == "resolution"
        mb = _BODY_VERB.search(self.text, max(s_start, start - 60), start) if resolution else None
        # "the adoption by X (on Oct. 21) of a resolution"
        mn = _ADOPTION_BY.search(self.text, max(s_start, start - 140), start) if resolution else None
        if mn and ent.kind == "resolution":
            who = self.mention_at(mn.start("rest"), CLAIMANT_TYPES)
            if who is not None:
                ent.body, ent.adopted = who, True
        if mb and ent.kind == "resolution":
            subj = self.subject(mb.start(), s_start, allow_quote=True, want_entities=False)
            if subj.mention is not None:
                ent.body = ent.body or subj.mention
                if re.match(r"(?:adopt|pass|approv|endors|unanimously)", mb.group(1), re.I) and \
                        re.search(r"(?:ed|d)\s+(?:on\s+)?$", mb.group(0), re.I):
                    ent.adopted = True
        # "… (will be) introduced by X (on behalf of Y)", "… adopted by Z", "… issued by W"
        ma = _ISSUED_BY.match(after)
        if ma:
            who = self.mention_at(end + ma.end(), CLAIMANT_TYPES)
            v = ma.group("v").lower()
            if who is not None:
                if v in {"adopted", "passed", "approved", "endorsed"}:
                    ent.body, ent.adopted = who, True
                elif v in {"introduced", "tabled", "submitted", "drafted", "proposed", "sponsored", "authored",
                           "initiated"} or v.startswith("put"):
                    ent.sponsor = ent.sponsor or who
                    rest = self.text[who.end:s_end]
                    mg = re.match(r"^\s*,?\s*(?:on\s+behalf\s+of|for)\s+", rest, re.I)
                    if mg:
                        grp = self.mention_at(who.end + mg.end(), CLAIMANT_TYPES)
                        if grp is not None:
                            ent.group = ent.group or grp
                else:
                    ent.author = ent.author or who
        else:
            mf = _BY_FROM.match(after)
            if mf and resolution and ent.sponsor is None:
                ent.sponsor = self.mention_at(end + mf.end(), CLAIMANT_TYPES)  # "a second motion, by X, …"
            elif mf and ent.author is None:
                ent.author = self.mention_at(end + mf.end(), CLAIMANT_TYPES)
        if resolution and not ent.adopted and _ADOPTED_NO_AGENT.search(after):
            # "A second motion … was adopted without a vote": by the body that adopted the one before
            ent.adopted = True
            if ent.body is None:
                ent.body = next((e.body for e in reversed(self.entities)
                                 if e is not ent and e.kind == "resolution" and e.adopted and e.body is not None), None)
        mr = _SENT_TO.match(after) if ent.kind == "letter" and ent.recipient is None else None
        if mr and ent.kind == "letter" and ent.recipient is None:
            ent.recipient = _as_actor(self.mention_at(end + mr.end(), slack=r"(?:the\s+)?(?:(?:[A-Z][\w’'.-]*|of)\s+){0,5}"))
        if ent.kind != "resolution" and ent.author is None and det in {"a", "an", "new", "latest", "his", "her", "their", "its"}:
            # the author is the subject of the verb that governs the instrument: "X issued a statement",
            # "X said in a post", "X, who in a report said …", "In a letter …, X called for …"
            mv = _ISSUE_VERB.search(self.text, max(s_start, start - 60), start)
            subj = self.subject(mv.start() if mv else start, s_start, allow_quote=True, want_entities=False)
            if subj.mention is None and not mv and re.fullmatch(r"\W*(?:in|with|through|via)\s+", before, re.I):
                # "In a letter …, X called for …": the subject of the clause after the instrument's phrase
                ma = re.match(r"[^,;.]{0,160},\s*", after)
                if ma:
                    cands = [m for m in self.mentions_in(end + ma.end(), s_end) if m.type in CLAIMANT_TYPES]
                    if cands and cands[0].start - (end + ma.end()) < 60:
                        persons = [m for m in cands[:3] if m.type == "person"]
                        subj = _Subject(mention=(persons or cands)[0])
                    else:  # "In a statement …, the ministry said": a description of the body named before
                        mp = patterns().pronoun.match(self.text, end + ma.end())
                        if mp and mp.group(0).lower().startswith("the "):
                            subj = _Subject(mention=self._resolve_pronoun(mp.group(0), mp.start()))
            if subj.mention is not None:
                ent.author = subj.mention
            elif det in {"his", "her", "their", "its"}:
                ent.author = self._previous_subject(sid, det) if not before.strip(" \t\"“‘") else None
                if ent.author is None:
                    ent.author = self._resolve_pronoun({"his": "he", "her": "she", "their": "they", "its": "it"}[det],
                                                       start)
        if ent.kind in {"statement", "report", "letter"} and det in {"the", "this"} and \
                ent.claimant() is None and not before.strip(" \t\"“‘") and self.paragraph_start(start) >= s_start:
            # a paragraph opening "The statement reads: …" with no statement introduced before: the lead
            # actor's (a press release quoting itself); within a paragraph it may be anyone's
            ent.author = self._lead_actor()

    def _lead_actor(self) -> _Mention | None:
        """The first actor (not a place) named in the article's lead, after any headline and dateline."""
        head = _headline_sentence(self)
        for sid, a, b in self.sents:
            if sid == head:
                continue
            return next((m for m in self.mentions_in(a, b) if m.type in CLAIMANT_TYPES), None)
        return None

    def _previous_subject(self, sid: int, det: str) -> _Mention | None:
        """The actor opening the sentence before *sid*, when a possessive opening sentence *sid* fits it:
        "Amnesty International echoed the call. Its statement demanded …" → Amnesty International."""
        kinds = {"his": {"person"}, "her": {"person"}, "its": {"organization", "government", "group"},
                 "their": {"organization", "government", "group"}}[det]
        k = self.sents_upto(sid) - 1
        while k >= 0 and self.sents[k][0] >= sid:
            k -= 1
        if k < 0:
            return None
        _, a, b = self.sents[k]
        first = next((m for m in self.mentions_in(a, b) if m.type in CLAIMANT_TYPES or m.type == "place"), None)
        if first is None or first.type not in kinds or not _SENTENCE_OPENING.fullmatch(self.text, a, first.start):
            return None
        return first

    def entity_at(self, start: int, end: int) -> _Entity | None:
        """The first (singular) instrument inside [start, end)."""
        if not self._instr_sorted:
            return next((ent for s, e, ent, plural in self.instr if s >= start and e <= end and not plural), None)
        # instruments are in text order and do not overlap: from the first that starts at *start* on,
        # the first that ends after *end* ends the search
        for s, e, ent, plural in self.instr[bisect.bisect_left(self._instr_starts, start):]:
            if e > end:
                return None
            if not plural:
                return ent
        return None


    def last_entity_before(self, pos: int, max_sents: int = 3) -> _Entity | None:
        """The last (singular) instrument ending before *pos*, at most *max_sents* sentences back."""
        sid = self.sentence_at(pos)[0]
        if not self._instr_sorted:
            found = [ent for s, e, ent, plural in self.instr
                     if e <= pos and not plural and sid - self.sentence_at(s)[0] <= max_sents]
            return found[-1] if found else None
        for s, e, ent, plural in reversed(self.instr[:bisect.bisect_left(self._instr_starts, pos)]):
            if e > pos:
                continue
            if sid - self.sentence_at(s)[0] > max_sents:
                if self._ids_in_order:
                    return None  # the ones before are further back still
                continue
            if not plural:
                return ent
        return None

    def _add_instrument(self, start: int, end: int, ent: _Entity, plural: bool) -> None:
        if self.instr and start < self.instr[-1][1]:
            self._instr_sorted = False  # (not expected) the look-ups below fall back to a full scan
        self.instr.append((start, end, ent, plural))
        self._instr_starts.append(start)

    # ---- subjects and pronouns
    def _resolve_pronoun(self, word: str, pos: int) -> _Mention | None:
        kind = PRONOUNS.get(word.lower(), "org" if word.lower().startswith("the") else None)
        if kind == "org" and word.split()[-1].lower() in _PERSON_TITLE_HEADS:
            # "the Catholicos said": the person last named with that title around them
            title = word.split()[-1].lower()
            for m in reversed(self.mentions_in(max(0, pos - 2500), pos)):
                if m.type == "person" and title in self.text[max(0, m.start - 60):m.end + 60].lower():
                    return m
            return None
        if kind == "org":
            head = word.split()[-1].lower()
            orgs = [m for m in self.mentions_in(max(0, pos - 1500), pos) if m.type in {"organization", "government"}
                    and self.quote_at(m.start) is None]
            if head in HEAD_ANAPHORS:
                heads = ("court", "tribunal") if head in {"court", "tribunal"} else (head,)  # the court = the tribunal
                orgs = [m for m in orgs if any(h in (self.text[m.start:m.end] + " " + m.actor).lower() for h in heads)]
            return orgs[-1] if orgs else None
        if kind == "relative":
            s_start = self.sentence_at(pos)[1]
            before = [m for m in self.mentions_in(s_start, pos) if m.type in CLAIMANT_TYPES]
            if word.lower() == "who":
                persons = [m for m in before if m.type == "person"]
                return persons[-1] if persons else (before[-1] if before else None)
            bodies = [m for m in before if m.type in {"organization", "government"}]
            ent = self.last_entity_before(pos, max_sents=0)
            if ent is not None and ent.claimant() is not None and (not bodies or ent.start > bodies[-1].start):
                return ent.claimant()
            return bodies[-1] if bodies else None
        if kind == "person":
            # the last quoted speaker, unless a person is named after that quote: the nearest one
            quoted, q_end = None, -1
            for q in reversed(self.quotes):
                if q.end <= pos and q.speaker is not None and q.speaker.type == "person":
                    if self.sentence_at(pos)[0] - self.sentence_at(q.end - 1)[0] <= 3:
                        quoted, q_end = q.speaker, q.end
                    break
            sid = self.sentence_at(pos)[0]
            for s_id, s_start, s_end in reversed(self.sents[:self.sents_upto(sid)]):
                if s_id > sid:
                    continue
                if s_end <= q_end:
                    break  # nobody named after the quote
                upto = min(s_end, pos)
                persons = [m for m in self.mentions_in(max(s_start, q_end), upto) if m.type == "person"]
                if persons:
                    # not a possessor: in "Harutyunyan's nephew, Gor Khachikyan, said …" he is the nephew
                    own = [m for m in persons if self.text[m.end:m.end + 2] not in ("’s", "'s")]
                    return (own or persons)[0]
                if sid - s_id > 3:
                    break
            return quoted
        if kind in {"thing", "plural"}:
            ent = self.last_entity_before(pos)
            if ent is not None:
                return ent.claimant()
            orgs = [m for m in self.mentions_in(max(0, pos - 600), pos) if m.type in {"organization", "government"}]
            return orgs[-1] if orgs else None
        return None

    def clause_start(self, pos: int, s_start: int, quote: _Quote | None, through_that: bool = False) -> int:
        """Where the clause of the verb at *pos* begins (after a reporting "said … that", a dash,
        a colon, a closing quote, or before a relative "who/which")."""
        text = self.text[s_start:pos]
        cut = 0
        if quote is not None and quote.start >= s_start:
            cut = quote.start - s_start + 1
        if not through_that:
            tail = patterns().that_tail
            for _, v_end in self.speech_verbs_in(s_start, pos):
                m = tail.match(self.text, v_end, pos)
                if m is not None:
                    cut = max(cut, m.end() - s_start)
        sid, sent_start, sent_end = self.sentence_at(s_start)
        if sent_start <= s_start and pos <= sent_end:
            cuts = self._cuts.get(sid)
            if cuts is None:
                cuts = self._cuts[sid] = [(m.start(), m.end(), m.end("rel") if m.group("rel") else m.end())
                                          for m in _CLAUSE_CUT.finditer(self.text, sent_start, sent_end)]
            for c_start, c_end, need_end in reversed(cuts):  # the last one that fits ends last
                if c_start >= s_start and need_end <= pos:
                    cut = max(cut, c_end - s_start)
                    break
        else:
            for m in _CLAUSE_CUT.finditer(text):
                cut = max(cut, m.end())
        return s_start + cut

    def subject(self, pos: int, s_start: int | None = None, allow_quote: bool = True,
                want_entities: bool = True) -> _Subject:
        """Who is the subject of the verb at *pos*: an actor, an instrument, or a pronoun resolved."""
        if s_start is None:
            s_start = self.sentence_at(pos)[1]
        quote = self.quote_at(pos) if allow_quote else None
        if quote is not None and not quote.speech:
            quote = None
        cs = self.clause_start(pos, s_start, quote)
        window = self.text[cs:pos]
        # 1. adjacent: the last candidate right before the verb (adverbs/auxiliaries between)
        cands = []
        for m in self.mentions_in(cs, pos):
            cands.append((m.start, m.end, "mention", m))
        if want_entities:
            first = bisect.bisect_left(self._instr_starts, cs) if self._instr_sorted else 0
            for s, e, ent, plural in self.instr[first:]:
                if s >= pos and self._instr_sorted:
                    break
                if s >= cs and e <= pos and not plural:
                    cands.append((s, e, "entity", ent))
        for mp in patterns().pronoun.finditer(window):
            cands.append((cs + mp.start(), cs + mp.end(), "pronoun", mp.group(0)))
        cands.sort(key=lambda c: (c[0], -(c[1] - c[0])))
        if not cands:
            return _Subject()
        text = self.text
        skip_words = patterns().skip_words

        def prep_before(c) -> bool:
            """Is the candidate the object of a preposition ("to Secretary of State X", "of the EU")?"""
            if c[2] == "entity" and _IN_INSTRUMENT.search(text, max(cs, c[0] - 30), c[0]):
                return True  # "X, in a statement, called for …"
            if _AGENT_LEAD.fullmatch(text, cs, c[0]):
                return False  # "Lawyers for X replied", "A spokesperson for X said": X speaks through them
            if _LED_BY.search(text, max(cs, c[0] - 40), c[0]):
                return False  # "protesters organised by X demanded", "senators led by X": X acts through them
            w = _LAST_WORD.search(text, max(cs, c[0] - 20), c[0])
            if w and w.group(1).lower() in _SUBJECT_PREPS:
                return True
            # "to Secretary of State X", "of the EU": a preposition before the run of capitalised words
            # (and the connectors of a title) that ends at the candidate; a title's own preposition
            # ("High Commissioner for Human Rights X") does not count
            w = _WORD_BEFORE_RUN.search(text, max(cs, c[0] - 25), c[0])
            if w and w.group(1).lower() in _PREP_CHAIN_WORDS:
                return True  # "of the X"
            run = _CAP_RUN.search(text, max(cs, c[0] - 100), c[0])
            if run is None or not _CAP_LAST.search(text, run.start(), c[0]):
                return False
            head = run.start()
            w = _WORD_BEFORE_RUN.search(text, max(cs, head - 30), head)
            return bool(w) and w.group(1).lower() in _PREP_CHAIN_WORDS

        adjacent = None
        for c in sorted(cands, key=lambda c: (c[1], c[1] - c[0]), reverse=True):
            gap = _clean_gap(text[c[1]:pos])
            if skip_words.match(gap or " ") or not gap.strip():
                if c[2] != "entity" and prep_before(c):
                    break  # "a letter to X urging …": X is an object, not the subject
                if c[2] == "entity" and _IN_INSTRUMENT.search(text, max(cs, c[0] - 30), c[0]):
                    break  # "X, in a statement, called for …": the statement is how X spoke, not who
                adjacent = c
                break
        chosen = adjacent
        ing = bool(_ING_WORD.match(text, pos, pos + 20))
        after_comma = text[cs:pos].rstrip().endswith(",")
        participle = ing and not after_comma
        if chosen is None and participle:
            ents = [c for c in cands if c[2] == "entity"]
            if ents:
                chosen = ents[-1]
        if chosen is None and ing and after_comma:
            # "X rallied outside …, demanding …": the participle shares the clause's subject, its first actor
            # ("“…,” she said, calling for …": the reporter, a pronoun)
            for c in cands:
                if c[2] == "mention" and c[3].type in CLAIMANT_TYPES and not prep_before(c) and \
                        not self.text[c[0]:c[1]].endswith(("’s", "'s")) and self.text[c[1]:c[1] + 2] not in ("’s", "'s"):
                    chosen = c
                    break
                if c[2] == "pronoun" and c[3].lower() in {"he", "she", "it", "they", "we"} and not prep_before(c):
                    chosen = c
                    break
                if c[2] == "entity" and c[3].claimant() is not None and not prep_before(c):
                    chosen = c  # "A counter-motion by X …, urging …": the instrument's
                    break
        if chosen is None and _WHO_FIRST.match(window):
            chosen = next((c for c in cands if c[2] == "pronoun" and c[3] in {"who", "which"}), None)
        if chosen is None:
            # the subject set off from its verb by an apposition: "X, the Mayor of Paris, blasted …",
            # "The letter, signed by 30 groups, calls for …", "…'s spokesperson, X, said …"
            for c in sorted(cands, key=lambda c: c[1], reverse=True):
                gap = _clean_gap(text[c[1]:pos])
                gap = _APPOSITION.sub(" ", gap, count=1)
                gap = _LEAD_COMMA.sub(" ", gap, count=1)
                if not (skip_words.match(gap) or not gap.strip()):
                    continue
                if prep_before(c) or (c[2] == "pronoun" and c[3].lower() in {"it", "they"} and c[0] > cs + 12):
                    continue
                if c[2] == "mention" and (c[3].type in {"place", "media"} or
                                          self.text[c[0]:c[1]].endswith(("’s", "'s")) or
                                          self.text[c[1]:c[1] + 2] in ("’s", "'s")):
                    continue  # "the European Union's spokesperson, X, said": X is the subject
                chosen = c
                break
        if chosen is None:
            return _Subject()
        kind, obj = chosen[2], chosen[3]
        if kind == "mention":
            if obj.type not in CLAIMANT_TYPES and obj.type != "place":
                return _Subject()
            return _Subject(mention=obj)
        if kind == "entity":
            return _Subject(mention=obj.claimant(), entity=obj, via=obj.kind)
        word = obj.lower()
        if word in {"i", "we"}:
            if quote is not None and quote.speaker is not None:
                return _Subject(mention=quote.speaker, via=quote.via, anchor_sids=(quote.attribution_sid,))
            return _Subject()
        if word in {"it", "they"}:
            ent = self.last_entity_before(chosen[0], max_sents=6)
            if ent is not None:
                return _Subject(mention=ent.claimant(), entity=ent, via=ent.kind, pronoun=True,
                                pronoun_word=obj, pronoun_at=chosen[0])
        return _Subject(mention=self._resolve_pronoun(obj, chosen[0]), pronoun=True, pronoun_word=obj,
                        pronoun_at=chosen[0])


# a clause opening with the agents of a body: "Lawyers for X", "A spokesperson for the X", "Representatives of X"
_AGENT_LEAD = re.compile(r"[\W_]*(?:(?:a|an|the|two|three|four|several|some|senior|[A-Z][\w’'.-]*)\s+){0,2}"
                         r"(?:lawyers?|attorneys?|counsel|representatives?|spokes(?:man|woman|men|women|person|people)|"
                         r"envoys?|delegat(?:e|es|ion|ions)|officials?|agents?|advocates?|emissar(?:y|ies))\s+"
                         r"(?:for|of|from)\s+(?:the\s+)?", re.I)
# a group acting under an actor: "demonstrators organised by X", "a group of senators led by X and Y"
_LED_BY = re.compile(r"\b(?:led|headed|organi[sz]ed|mobili[sz]ed|convened|spearheaded|coordinated)\s+by\s+(?:the\s+)?$",
                     re.I)
_SUBJECT_PREPS = {"of", "in", "to", "by", "for", "with", "at", "from", "against", "on", "about", "as", "than", "into"}
_LAST_WORD = re.compile(r"(\w+)\W*$")
_CAP_RUN = re.compile(r"(?<![\w’'.-])[A-Z][\w’'.-]*\s+(?:(?:[A-Z][\w’'.-]*|of|for|on|and|the|de|du)\s+)*$")
_IN_INSTRUMENT = re.compile(r"\b(?:in|through|via|with)\s+(?:(?:a|an|the|its|his|her|their|this|that|[\w-]+)\s+)?$",
                            re.I)
_CAP_LAST = re.compile(r"[A-Z][\w’'.-]*\s+$")
_WORD_BEFORE_RUN = re.compile(r"\b(\w+)\s+(?:the\s+)?$")
_PREP_CHAIN_WORDS = {"to", "by", "for", "with", "from", "of", "against"}
_PAREN_QUOTE = re.compile(r"\([^)]*\)|[“”\"]")
_ING_WORD = re.compile(r"\w+ing\b")
_WHO_FIRST = re.compile(r"\W*(?:who|which)\b")
_APPOSITION = re.compile(r"^\s*,[^,;:]{1,150},")
_LEAD_COMMA = re.compile(r"^\s*,\s*")


def _clean_gap(gap: str) -> str:
    """*gap* with parentheses and quotation marks blanked (they do not separate a subject from its verb)."""
    if "(" in gap or '"' in gap or "“" in gap or "”" in gap:
        return _PAREN_QUOTE.sub(" ", gap)
    return gap


def _via_in(text: str, last: bool = False) -> str:
    """The instrument named in *text* ("in a post on X", "in a statement"): the first, or the *last*."""
    ms = list(re.finditer(r"\bin\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?(post|tweet|message|statement|study|"
                  r"declaration|letter|interview|speech|address|report|article|op-ed|video|press\s+release|petition)\b",
                  text, re.I))
    m = (ms[-1] if last else ms[0]) if ms else None
    if m:
        word = m.group(1).lower()
        return {"article": "statement", "op-ed": "statement", "video": "post", "message": "post",
                "press release": "statement", "declaration": "statement", "interview": "speech",
                "address": "speech", "petition": "letter", "study": "report"}.get(word, INSTRUMENTS.get(word, "other"))
    if re.search(r"\bon\s+(?:X|Twitter|Facebook|Telegram|Instagram)\b|\b(?:tweeted|posted)\b", text):
        return "post"
    return ""


# --------------------------------------------------------------------------- reference helpers
@lru_cache(maxsize=1)
def _place_to_government() -> dict[str, str]:
    """Country place name -> its government's canonical name, from data/reference/actors.csv."""
    return _reference_governments()[0]


@lru_cache(maxsize=1)
def _own_government() -> dict[str, str]:
    """Organisation or person (canonical name) -> the government of its country, from the reference list
    ("the government" in "the French Senate urged the government to …" is France's)."""
    return _reference_governments()[1]


@lru_cache(maxsize=1)
def _reference_governments() -> tuple[dict[str, str], dict[str, str]]:
    from . import paths

    try:
        ref = pd.read_csv(paths.ACTORS_CSV, dtype=str, keep_default_na=False)
    except (OSError, ValueError):
        return {}, {}
    govs = ref[ref.type == "government"]
    by_country = {}
    for row in govs.itertuples():
        if row.country and row.name.startswith(("Government of", "Republic of")):
            by_country.setdefault(row.country, row.name)
    alias_gov = {}
    for row in govs.itertuples():
        for alias in str(row.aliases).split(";"):
            alias_gov.setdefault(alias.strip(), row.name)
    out = {}
    for row in ref[ref.type == "place"].itertuples():
        if row.name == row.country and row.country in by_country:
            out[row.name] = by_country[row.country]
        elif row.name in alias_gov and alias_gov[row.name].startswith(("Government of", "Republic of")):
            out[row.name] = alias_gov[row.name]  # a capital used for its state: "held in Baku"
    own = {row.name: by_country[row.country] for row in ref[ref.type.isin(["organization", "person"])].itertuples()
           if row.country in by_country}
    return out, own


def _as_actor(m: _Mention | None, types=ADDRESSEE_TYPES) -> _Mention | None:
    """*m* if it can act; a country used as a place becomes its government."""
    if m is None:
        return None
    if m.type in types:
        return m
    gov = _place_to_government().get(m.actor)
    if m.type == "place" and gov:
        return _Mention(m.start, m.end, gov, "government")
    return None


# --------------------------------------------------------------------------- triggers -> claims
@dataclass(slots=True)
class _Trigger:
    start: int
    end: int
    action: str
    kind: str
    text: str
    needs_issue: bool = False  # a claim only when its content names an issue


@dataclass(slots=True)
class _Claim:
    trigger: _Trigger
    sid: int
    s_start: int
    s_end: int
    content_end: int = -1
    coordinated: bool = False
    subject: _Subject | None = None
    quote: _Quote | None = None
    own_subject_at: int = -1
    content_start: int = -1  # default: the trigger's end; a passive claim's content is its subject
    main_clause: bool = False  # coordinated with the reporting verb of the sentence
    span: tuple = ()  # (start, end) of the claim text when it is not trigger..content_end
    addressee: _Mention | None = None  # set when its rows are made
    prev_addressee: _Mention | None = None  # the addressee of the claim it is coordinated with
    co_claimants: list = field(default_factory=list)  # actors making the claim with its claimant
    passive_addressee: _Mention | None = None  # "X was urged by Y to …": X


DETERMINERS = {"a", "an", "the", "its", "his", "her", "their", "our", "this", "that", "my", "your", "every", "each",
               "any", "no"}
ITEM_START = re.compile(r"^(?:[-•*–·▪]\s*|\d+[.)]\s*|\(?[a-z]\)\s+)?(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?$", re.I)
NOT_SUBJECT_PREV = {"of", "in", "to", "by", "for", "with", "at", "from", "against", "on", "about", "as", "than"}


def _find_triggers(art: _Article) -> list[_Trigger]:
    pat = patterns()
    out = []
    table = pat.trigger_table
    for m in art.trigger_matches:  # the group tells which trigger
        action, kind = table[int(m.lastgroup[1:])]
        out.append(_Trigger(m.start(), m.end(), action, kind, m.group(0)))
    return out


_WORD_BEFORE = re.compile(r"([\w’']+)\W*$")
_NEGATED = re.compile(r"\b(?:not|never|n[’']t|no\s+longer|neither|nor)\s+(?:\w+\s+)?$"
                      r"|\b(?:instead\s+of|rather\s+than|far\s+from)\s+$", re.I)  # "arms Armenia instead of supporting peace"
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", re.I)
_BE_BARE = re.compile(r"\b(?:is|are|was|were|been|being)\s+$", re.I)
_POSSESSIVE_BEFORE = re.compile(r"(?:’s|'s)\s+(?:\w+\s+)?$")
_LIGHT_BEFORE = re.compile(LIGHT_VERB, re.I)
_AT_THE = re.compile(r"\b(?:at|on|upon)\s+the\s+$", re.I)
_RECEIVED = re.compile(r"\b(?:receiv|won|win|accept)\w*\s+$", re.I)
_BY_NEXT = re.compile(r"\s+by\b")
_BY_AGENT = re.compile(r"\s+by\s+")
_FOR_TO_OF = re.compile(r"\s+(?:for|to|of)\b")
_DENIED = re.compile(r"\s+(?:(?:as\s+)?[\w-]+\s+){0,3}?(?:criticisms?|accusations?|allegations?|claims?|assertions?)\b",
                     re.I)
_NOUN_PREV = DETERMINERS | (NOT_SUBJECT_PREV - {"to"}) | {"and", "unconditional", "full", "strong", "continued", "firm",
                                                         "political", "military", "financial", "humanitarian"}


def _word_before(text: str, pos: int) -> str:
    m = _WORD_BEFORE.search(text, max(0, pos - 40), pos)
    return m.group(1).lower() if m else ""


def _validate(art: _Article, t: _Trigger, s_start: int) -> _Trigger | None:
    """Decide whether a trigger can open a claim; normalise its kind."""
    text = art.text
    before = text[max(s_start, t.start - 100):t.start]  # the checks below look at the last few words only
    near = max(s_start, t.start - 60)  # the short ones in the last 60 characters (searched in place)
    after = text[t.end:t.end + 40]
    kind = t.kind
    needs_issue = kind == "ask_lower"  # "asked the judges to …": only with an issue
    if needs_issue:
        kind = "verb"
    if kind not in {"evaluative", "modal"} and _NEGATED.search(text, near, t.start):
        return None  # "did not condemn", "are not asking for": no claim
    low = t.text.lower()
    if kind == "support":
        if low == "supported" and (_BY_NEXT.match(after) or _BE_BEFORE.search(text, near, t.start)):
            mb = _BY_AGENT.match(after)
            if mb and art.mention_at(t.end + mb.end(), CLAIMANT_TYPES) is not None and _BE_BEFORE.search(text, near, t.start):
                return _Trigger(t.start, t.end, t.action, "passive", t.text)
            return None
        if low == "support" and (_word_before(text, t.start) in _NOUN_PREV or _FOR_TO_OF.match(after)
                                 or ITEM_START.match(text[s_start:t.start])):
            kind = "noun"
        else:
            kind = "verb"
    if kind in {"verb", "accuse_verb"} and low.endswith("ed") and _BE_BEFORE.search(text, near, t.start):
        # passive: "X was condemned by Y" — a claim by Y about X
        mb = _BY_AGENT.match(after)
        if mb and art.mention_at(t.end + mb.end(), CLAIMANT_TYPES) is not None:
            return _Trigger(t.start, t.end, t.action, "passive", t.text)
        return None
    if kind == "verb":
        if _BY_NEXT.match(after) or (not low.split()[0].endswith("ing") and _BE_BEFORE.search(text, near, t.start)):
            return None
        prev = _word_before(text, t.start)
        if prev in DETERMINERS or (prev in NOT_SUBJECT_PREV and low.startswith(("request", "demand", "call"))):
            kind = "noun"
        if low.startswith("request") and _AT_THE.search(text, near, t.start):
            return None
    if kind == "noun":
        if not (ITEM_START.match(text[s_start:t.start]) or _LIGHT_BEFORE.search(before)
                or _POSSESSIVE_BEFORE.search(text, near, t.start)):
            return None
    if kind == "accuse_verb":
        if _BY_NEXT.match(after) or _BE_BARE.search(text, near, t.start):
            return None
    if kind == "award" and _RECEIVED.search(text, near, t.start):
        return None
    if low.startswith("reject") and _DENIED.match(text, t.end):
        return None  # "rejected the criticism / the accusations": a denial, no claim
    return _Trigger(t.start, t.end, t.action, kind, t.text, needs_issue)


def _speech_context(art: _Article, pos: int, s_start: int) -> _Subject | None:
    """Who reports the content at *pos*: the quote's speaker, or the subject of a speech verb before it."""
    q = art.quote_at(pos)
    if q is not None and q.speech:
        if q.speaker is not None:
            return _Subject(mention=q.speaker, via=q.via, anchor_sids=(q.attribution_sid,))
        if q.start <= s_start:
            return None
        pos = q.start  # a quotation inside a reported clause: 'X said that Baku "should release …"'
    before = art.text[s_start:pos]
    ma = re.search(r"\baccording\s+to\s+", before, re.I)
    if ma:
        who = art.mention_at(s_start + ma.end(), CLAIMANT_TYPES)
        if who is not None:
            return _Subject(mention=who, via=_via_in(before, last=True) or "statement")
    verbs = list(patterns().speech_verb.finditer(before))
    if not verbs:
        # a trailing attribution: "…, Human Rights Watch said today." / "…, said X."
        s_end = art.sentence_at(pos)[2]
        tail = art.text[pos:s_end]
        mt = re.search(rf",\s*([^,;“”\"]{{2,120}}?)\s+(?:{SPEECH_VERBS})\b[^,;]*$|,\s*(?:{SPEECH_VERBS})\s+([^,;]{{2,120}})$",
                       tail, re.I)
        if not mt:
            return None
        g = 1 if mt.group(1) is not None else 2
        who = [m for m in art.mentions_in(pos + mt.start(g), pos + mt.end(g)) if m.type in CLAIMANT_TYPES]
        if not who:
            return None
        persons = [m for m in who if m.type == "person"]
        return _Subject(mention=(persons or who)[0], via=_via_in(tail) or "speech")
    v = verbs[-1]
    subj = art.subject(s_start + v.start(), s_start)
    if subj.mention is None:
        return None
    if not subj.via:
        cs = art.clause_start(s_start + v.start(), s_start, None)
        subj.via = _via_in(art.text[cs:pos], last=True) or "speech"
    return subj


def _content_end(art: _Article, t: _Trigger, s_end: int) -> int:
    end = s_end
    q = art.quote_at(t.start)
    if q is not None and q.speech:
        end = min(end, q.end - 1)
    m = _CONTENT_STOP.search(art.text, t.end, end) if end > t.end else None
    if m:
        end = m.start()
    return end


#: where a claim's content stops: a trailing attribution, a reporting verb coordinated, a contrast, a semicolon
_CONTENT_STOP = re.compile(r",\s*(?:[A-Z][\w.&-]*\s+){1,5}(?:reported|said|added|wrote|announced|noted|reports|says|writes)\b"
                           r"|(?:,\s*|\s+)(?:and|but)\s+(?:\w+ly\s+)?(?:said|says|added|told|announced|noted|wrote)\b"
                           r"|,\s*(?:while|whereas|although|though)\s+|;\s")


def _sentence_claims(art: _Article, sid: int, s_start: int, s_end: int, triggers: list[_Trigger]) -> list[_Claim]:
    claims: list[_Claim] = []
    for t in triggers:
        t = _validate(art, t, s_start)
        if t is None:
            continue
        claim = _Claim(t, sid, s_start, s_end, quote=art.quote_at(t.start))
        if claims:
            prev = claims[-1]
            prev_q = prev.quote if (prev.quote and prev.quote.speech) else None
            this_q = claim.quote if (claim.quote and claim.quote.speech) else None
            between = art.text[prev.trigger.end:t.start]
            if prev_q is not this_q:
                pass  # a new clause (inside vs outside a quotation)
            elif t.kind in {"verb", "accuse_verb", "award"} and re.search(
                    r"(?:,\s*|\s+)(?:and|but|while|whereas)\s+(?:\w+ly\s+|also\s+|further\s+|again\s+)*$|;\s*$",
                    between, re.I):
                claim.coordinated = True
                # "X said France would keep supporting A but warned that B": a finite past verb after an
                # embedded modal/infinitive clause coordinates with the reporting verb, not with that clause
                # likewise after a reported claim with a subject of its own: "X said Armenia remained committed to
                # A and urged B" (urged: X)
                head = t.text.lower().split()[0]
                if head.endswith("ed"):
                    sv = patterns().speech_verb.search(art.text, s_start, prev.trigger.start)
                    if sv and (re.search(r"\b(?:would|will|could|can|should|must|to)\s+(?:\w+\s+){0,2}$",
                                         art.text[s_start:prev.trigger.start])
                               or (prev.quote is None and prev.own_subject_at < 0 and not prev.coordinated
                                   and art.mentions_in(sv.end(), prev.trigger.start)
                                   and not re.search(r"[,;]\s*(?:while|whereas|but|although|though)\b|[;:]",
                                                     art.text[sv.end():prev.trigger.start]))):
                        claim.main_clause = True
            elif t.kind == "verb" and t.text.lower().split()[0].endswith("ing") and re.search(r",\s*(?:\w+ly\s+)?$", between):
                claim.coordinated = True
            else:
                mc = list(re.finditer(r"(?:,\s*|\s+)(?:and|but|while|whereas)\s+|;\s*", between, re.I))
                if mc:
                    gap_start = prev.trigger.end + mc[-1].end()
                    gap = art.text[gap_start:t.start]
                    cands = art.mentions_in(gap_start, t.start)
                    if cands or patterns().pronoun.match(gap.strip()) or art.entity_at(gap_start, t.start):
                        claim.own_subject_at = gap_start
                    else:
                        continue
                elif t.kind in {"accuse", "modal", "evaluative"} and not re.search(r"\bthat\s+$|^\W*$", between):
                    # an accusation or demand reported later in the sentence ("…, who said X was committing …")
                    # but not "…, which the resolution says must …": that qualifies the claim before;
                    # an evaluation in a relative clause of reported content is one ("…, whose so-called trials …")
                    relative_eval = t.kind == "evaluative" and prev_q is not None and \
                        re.search(r",\s*(?:whose|which|who|whom)\b", between)
                    if not relative_eval and (not re.search(rf"\b(?:{SPEECH_VERBS}|adding|saying|arguing|noting|"
                                                            rf"insisting|stressing)\b", between, re.I)
                                              or re.search(r",\s*which\b", between)):
                        continue
                    if relative_eval:
                        mr = list(re.finditer(r",\s*(?:whose|which|who|whom)\b", between))[-1]
                        prev.content_end = min(prev.content_end if prev.content_end >= 0 else s_end,
                                               prev.trigger.end + mr.start())
                else:
                    continue
            if claim.coordinated or claim.own_subject_at >= 0:
                end = prev.trigger.end + _coord_start(between)
                prev.content_end = end if prev.content_end < 0 else min(prev.content_end, end)
        claims.append(claim)
    for c in claims:
        ce = _content_end(art, c.trigger, s_end)
        c.content_end = ce if c.content_end < 0 else min(c.content_end, ce)
    return claims


def _coord_start(between: str) -> int:
    m = re.search(r"(?:,\s*|\s+)(?:and|but|while|whereas)\s+(?:\w+ly\s+|also\s+|further\s+|again\s+)*$|;\s*$|,\s*(?:\w+ly\s+)?$",
                  between, re.I)
    if m:
        return m.start()
    mc = list(re.finditer(r"(?:,\s*|\s+)(?:and|but|while|whereas)\s+|;\s*", between, re.I))
    if mc:
        return mc[-1].start()
    mq = re.search(r"[”\"]", between)
    return mq.start() if mq else len(between)


def _list_header_entity(art: _Article, sid: int) -> _Entity | None:
    """The instrument named in a "…:" header line shortly before sentence *sid*."""
    for s_id, s_start, s_end in reversed(art.sents[:art.sents_upto(sid)]):
        if s_id >= sid:
            continue
        if sid - s_id > 10:
            break
        line = art.text[s_start:s_end]
        if line.rstrip().endswith(":"):
            ent = art.entity_at(s_start, s_end)
            if ent is None:
                ent = art.last_entity_before(s_end, max_sents=2)
            return ent
    return None


def _resolve_claimant(art: _Article, c: _Claim, prev: _Claim | None) -> _Subject | None:
    t = c.trigger
    if c.main_clause and prev is not None:
        alt = _speech_context(art, prev.trigger.start, c.s_start)
        if alt is not None:
            return alt
    if c.coordinated and prev is not None:
        return prev.subject
    if t.kind == "passive":
        mb = re.match(r"\s+by\s+", art.text[t.end:])
        agent = art.mention_at(t.end + mb.end(), CLAIMANT_TYPES)
        cs = art.clause_start(t.start, c.s_start, c.quote if (c.quote and c.quote.speech) else None)
        aux = re.search(r"\b(?:is|are|was|were|be|been|being|has|have|had)\s+(?:(?:been|being)\s+)?(?:\w+ly\s+)?$",
                        art.text[cs:t.start], re.I)
        mt = _PASSIVE_TO.match(art.text, agent.end) if agent is not None and \
            t.action in {"urges", "requests", "calls_for", "demands"} else None
        if mt:
            # "Azerbaijan was urged by X to open the hearings": X asks Azerbaijan for what follows "to"
            c.content_start = mt.end(1)
            c.passive_addressee = _as_actor(next(iter(art.mentions_in(cs, t.start)), None))
            c.span = (c.passive_addressee.start if c.passive_addressee is not None else cs, c.content_end)
            return _Subject(mention=agent)
        c.content_start = cs
        c.content_end = cs + aux.start() if aux else t.start
        c.span = (cs, agent.end)
        return _Subject(mention=agent)
    if t.kind == "evaluative" and prev is not None and prev.subject is not None and \
            re.search(r",\s*(?:whose|which|who|whom)\b", art.text[prev.trigger.end:t.start]):
        q = c.quote if (c.quote and c.quote.speech) else None
        cs = art.clause_start(t.start, c.s_start, q)
        c.content_start, c.span = cs, (cs, c.content_end)
        return prev.subject  # "Yerevan demands …, whose so-called trials …": Yerevan's evaluation
    if t.kind in {"accuse", "modal", "evaluative"}:
        # reported content: the claimant is who reports it; the claim is the whole clause
        subj = _speech_context(art, t.start, c.s_start)
        if subj is None:
            return None
        q = c.quote if (c.quote and c.quote.speech) else None
        cs = art.clause_start(t.start, c.s_start, q)
        c.content_start = cs
        c.span = (cs, c.content_end)
        return subj
    pos = t.start
    q = c.quote if (c.quote and c.quote.speech) else None
    if t.kind == "noun" and ITEM_START.match(art.text[c.s_start:t.start]):
        ent = _list_header_entity(art, c.sid)
        if ent is not None and ent.claimant() is not None:
            return _Subject(mention=ent.claimant(), entity=ent, via=ent.kind)
        if q is not None and q.speaker is not None:
            return _Subject(mention=q.speaker, via=q.via, anchor_sids=(q.attribution_sid,))
        return None
    if t.kind == "noun":
        ml = re.search(LIGHT_VERB, art.text[c.s_start:t.start], re.I)
        if ml:
            pos = c.s_start + ml.start()
    if c.own_subject_at >= 0:
        subj = art.subject(pos, c.own_subject_at)
    else:
        subj = art.subject(pos, c.s_start)
    if q is not None:
        if subj.mention is None and subj.entity is None:
            if q.speaker is None:
                return None
            return _Subject(mention=q.speaker, via=q.via, anchor_sids=(q.attribution_sid,))
        if not subj.via:
            subj.via = q.via
            subj.anchor_sids = (q.attribution_sid,)
    if subj.mention is None and _AND_BEFORE.search(art.text, max(c.s_start, t.start - 40), t.start):
        # "X said (that) the proceedings were a sham and demanded …": the reporting verb's subject
        alt = _speech_context(art, t.start, c.s_start)
        if alt is not None:
            return alt
        # "X visited the camp on Monday, and called for …": the actor that opens the clause, as its subject
        opener = _clause_opener(art, art.clause_start(t.start, c.s_start, q), t.start)
        if opener is not None:
            return _Subject(mention=opener)
    subj = _same_sentence_pronoun(art, c, prev, subj)
    if subj.mention is None:
        return None
    return subj


_PASSIVE_TO = re.compile(r"\s*,?\s*(to\s+)(?!the\b|a\b|an\b|its\b|their\b)[a-z]")  # "… by X to open …", not "to the"
_AND_BEFORE = re.compile(r"\b(?:and|but)\s+(?:\w+ly\s+)?(?:also\s+)?$")
_TITLE_LEAD = re.compile(r"[\W_]*(?:(?:the|[A-Z][\w’'.-]*)\s+){0,4}")  # "Senator ", "Foreign Minister ", "The "
_VERB_NEXT = re.compile(r"\s+(?:\w+ly\s+)?(?!(?:and|or|nor|but|of|in|on|at|to|for|with|from|by|who|whom|whose|which|"
                        r"that|as|than|into|about)\b)[a-z][\w-]*")


def _clause_opener(art: _Article, cs: int, pos: int) -> _Mention | None:
    """The actor that opens the clause at *cs* as its subject (only titles before it, a verb after it)."""
    first = next((m for m in art.mentions_in(cs, pos) if m.type in CLAIMANT_TYPES or m.type == "place"), None)
    if first is None or not _TITLE_LEAD.fullmatch(art.text, cs, first.start):
        return None
    if art.text[first.start:first.end].endswith(("’s", "'s")) or art.text[first.end:first.end + 2] in ("’s", "'s"):
        return None  # "X's envoy …": X is not the subject
    return first if _VERB_NEXT.match(art.text, first.end, pos) else None


def _city(art: _Article, m: _Mention) -> tuple[_Mention, str]:
    """A city acting through its mayor: (claimant, mayor's name or "")."""
    if m.type not in {"place", "government"} or not art.has_mayor:
        return m, ""
    surface = art.text[m.start:m.end]
    surface = re.sub(r"(?:’s|'s)$", "", surface)
    city = m.actor[len("City of "):] if m.actor.startswith("City of ") else surface
    mayor_rx = re.compile(rf"\b[Mm]ayor\s+of\s+(?:the\s+city\s+of\s+)?{re.escape(city)}\b|\b{re.escape(city)}(?:’s|'s)?\s+[Mm]ayor\b")
    hits = list(mayor_rx.finditer(art.text))
    if not hits:
        return m, ""
    if not m.actor.startswith("City of"):
        if m.type not in {"place", "government"} or not re.fullmatch(r"[A-Z][\w-]+(?:\s[A-Z][\w-]+)?", surface):
            return m, ""
        m = _Mention(m.start, m.end, f"City of {surface}", "government")
    for h in hits:
        persons = [p for p in art.mentions_in(max(0, h.start() - 60), min(len(art.text), h.end() + 60))
                   if p.type == "person"]
        if persons:
            best = min(persons, key=lambda p: min(abs(p.end - h.start()), abs(p.start - h.end())))
            return m, best.actor
    return m, ""


# a title before a person's name: "Secretary of State X", "UN Secretary-General X", "EU foreign policy chief X"
_TITLE_RUN = re.compile(r"\s*(?:the\s+)?(?:(?:[A-Z][\w’'.-]*|of|for|(?:foreign|policy|special|senior|top|chief|deputy|"
                        r"envoy|minister|ambassador|commissioner|representative|spokes(?:man|woman|person)|director|"
                        r"official|president|secretary|adviser|advisor|counterpart|head|leader|chair\w*))\s+){1,6}")
# "urged members of Congress to …": the body
_MEMBERS_SLACK = r"(?:the\s+|all\s+)?(?:(?:members|leaders|lawmakers)\s+of\s+(?:the\s+)?)?"


def _titled_person(art: _Article, pos: int) -> _Mention | None:
    """The person named after a title that starts at *pos* ("pressed Secretary of State X to")."""
    i = bisect.bisect_left(art._m_starts, pos)
    while i < len(art.mentions) and art.mentions[i].start < pos + 90:
        x = art.mentions[i]
        if x.type == "person":
            return x if x.start > pos and _TITLE_RUN.fullmatch(art.text, pos, x.start) else None
        i += 1
    return None


def _addressee_target(art: _Article, c: _Claim, claimant: _Mention, polarity: str, issue: str,
                      seg_start: int, seg_end: int):
    """(addressee, target) of a claim; the object/possessive/holder rules look in [seg_start, seg_end)."""
    t = c.trigger
    text = art.text
    content = text[t.end:c.content_end]
    segment = text[seg_start:seg_end]
    low = t.text.lower()
    addressee = target = None
    addr_end = t.end
    if t.kind in {"accuse", "modal", "evaluative"}:
        subj = art.subject(t.start, c.s_start, want_entities=False)
        if not subj.pronoun:
            addressee = _as_actor(subj.mention, {"government", "organization", "person"})
        if addressee is None and subj.mention is None:
            # the actor opening the reported clause: "Baku is holding these men on fabricated charges"
            cs = art.clause_start(t.start, c.s_start, c.quote if (c.quote and c.quote.speech) else None)
            first = [m for m in art.mentions_in(cs, t.start)]
            if first and re.fullmatch(r"\W*(?:the\s+)?", text[cs:first[0].start], re.I):
                addressee = _as_actor(first[0], {"government", "organization", "person"})
    elif t.kind == "accuse_verb":
        addressee = _as_actor(art.mention_at(t.end))
    elif t.kind == "passive" and c.passive_addressee is not None:
        addressee = c.passive_addressee
    directive = re.match(r"(?:call|appeal|urg|request|ask|press|plead|demand|insist|recommend|order|expect|want)", low)
    if addressee is None and directive and t.kind != "passive":
        m = _titled_person(art, t.end) or _as_actor(art.mention_at(t.end, slack=_MEMBERS_SLACK))
        m_end = m.end if m is not None else -1
        mg = _THE_GOVERNMENT.match(text, t.end) if m is None else None
        if mg and claimant.actor in _own_government():
            # "The French Senate urged the government to …": the government of the claimant's own country
            m = _Mention(mg.start(1), mg.end(), _own_government()[claimant.actor], "government")
            m_end = mg.end()
        mi = _IT_TO.match(text, t.end) if m is None and c.prev_addressee is not None else None
        if mi:
            m, m_end = c.prev_addressee, mi.end(1)  # "calls on X to … and urges it to …"
        if m is None:
            # "asked the judges to …", "urged the council to …": a body named by a definite description
            md = _BODY_DESCRIPTION.match(text, t.end)
            if md:
                head = {"judges": "court", "justices": "court", "bench": "court"}.get(md.group(1).lower(),
                                                                                     md.group(1).lower())
                m = _as_actor(art._resolve_pronoun(f"the {head}", t.end))
                m_end = md.end()
        if m is not None:
            ok = (re.search(r"(?:on|upon|to)$", low) or low.startswith(("urg", "request", "ask", "demand"))
                  or re.match(r"\s*(?:,\s*)?to\s+\w", text[m_end:m_end + 20])
                  or (low.startswith("press") and re.match(r"\s+for\s+\w", text[m_end:m_end + 20])))
            if ok and not (low.endswith("for") and not re.match(r"\s*to\s+\w", text[m_end:m_end + 20])):
                addressee, addr_end = m, m_end
        if addressee is None:
            mt = re.match(r"\s*that\s+", content)
            if mt:
                m = _as_actor(art.mention_at(t.end + mt.end()))
                if m is not None:
                    addressee, addr_end = m, m.end
    if addressee is None and t.action == "condemns" and t.kind in {"verb", "noun"}:
        m = _as_actor(art.mention_at(t.end, slack=""))
        if m is not None:
            addressee, addr_end = m, m.end
    if addressee is None:
        md = re.search(r"(?:’s|'s)\s+(?:\w+\s+)?(?:duty|obligation|responsibility)\s+to\b", content)
        if md:
            m = _as_actor(art.mention_ending(t.end + md.start()))
            if m is None:
                # the possessive may be part of the mention
                cands = [x for x in art.mentions_in(t.end, t.end + md.end()) if x.end >= t.end + md.start()]
                m = _as_actor(cands[-1]) if cands else None
            if m is not None:
                addressee, addr_end = m, t.end + md.end()
    if addressee is None and polarity == "against":
        for m in art.mentions_in(seg_start, seg_end):
            tail = text[m.end:m.end + 3]
            surf = text[m.start:m.end]
            by = re.search(r"\bby\s+(?:the\s+)?$", text[max(seg_start, m.start - 8):m.start]) and not re.search(
                r"\b(?:documented|reported|published|recorded|noted|confirmed|revealed|described|cited|quoted|"
                r"denounced|condemned|criticised|criticized|verified|photographed|observed|monitored|shown|said)"
                r"\s+by\s+(?:the\s+)?$", text[max(seg_start, m.start - 40):m.start])
            if surf.endswith(("’s", "'s")) or tail.startswith(("’s", "'s")) or by:
                a = _as_actor(m, {"government", "organization", "person"})
                if a is not None:
                    addressee = a
                    break
    if addressee is None and issue == "release_detainees":
        mh = re.search(r"\b(?:held|detained|imprisoned|jailed|kept|captured|incarcerated)\s+(?:\w+\s+){0,2}?(?:by|in)\s+",
                       segment, re.I)
        if mh:
            addressee = _as_actor(art.mention_at(seg_start + mh.end()), {"government", "organization"})
    if addressee is None:
        # a nested request whose first addressee is not a known actor ("the international community's duty
        # to demand that X …", "urged the crowd to press X to …"): keep the target
        mn = re.search(r"\bto\s+(?:\w+ly\s+)?(?:request|demand|ask|urge|press|call\s+on|call\s+upon|insist|ensure|"
                       r"make\s+sure)\s+(?:that\s+)?", content, re.I)
        if mn and directive or (mn and re.search(r"(?:duty|obligation|responsibility)\s+$", content[:mn.start()])):
            target = _as_actor(art.mention_at(t.end + mn.end()))
    if addressee is not None:
        rest = text[addr_end:c.content_end]
        mt = re.search(r"\b(?:to\s+(?:\w+ly\s+)?(?:request|demand|ask|urge|press|call\s+on|call\s+upon|insist|ensure|"
                       r"make\s+sure|order|compel|oblige|pressure)|(?:demand|request|insist|ensur)\w*)\s+(?:that\s+)?",
                       rest, re.I)
        if mt:
            target = _as_actor(art.mention_at(addr_end + mt.end()))
    if addressee is not None and (addressee.actor == claimant.actor or (
            t.kind in {"accuse", "modal", "evaluative"} and addressee.actor == _own_government().get(claimant.actor))):
        addressee = None  # "The Republic of Armenia will never accept …" in the ministry's statement: itself
    if target is not None and addressee is not None and target.actor == addressee.actor:
        target = None
    return addressee, target


#: a body named by a definite description right after a directive verb ("asked the judges to"); not "the
#: government" (usually the claimant's own, which the article need not name)
_THE_GOVERNMENT = re.compile(r"\s+(the\s+government)\b", re.I)
_IT_TO = re.compile(r"\s+(it|them)\s+to\s+\w")
_BODY_DESCRIPTION = re.compile(r"\s+the\s+(judges|justices|bench|court|tribunal|council|committee|commission|assembly|"
                               r"parliament|senate|chamber|bloc|organi[sz]ation|agency|union|alliance|watchdog)\b", re.I)


def _polarity(action: str, content: str) -> str:
    """ "against" when the content names what the claimant opposes (condemnations, warnings, calls to end)."""
    if action in {"condemns", "warns"}:
        return "against"
    if re.match(r"\W*(?:an?\s+|the\s+)?(?:immediate\s+)?(?:end|halt|stop|cessation|termination)\s+(?:to|of)\b|\W*(?:ending|halting|stopping)\b",
                content, re.I):
        return "against"
    return "for"


#: A description of the people a demand targets: what comes after it is no act of its own.
_DESCRIBES = re.compile(r"\b(?:involved\s+in|responsible\s+for|accused\s+of|charged\s+with|implicated\s+in|"
                        r"complicit\s+in|guilty\s+of)\b", re.I)

#: A parallel infinitive ("… and to back …") whose issue cue comes later in it: the last one before the cue.
_LATE_INFINITIVE = re.compile(r"(?:,\s*|\s+)and\s+(?P<to>to\s+\w+)(?!.*\band\s+to\s)", re.I)


def _split(content: str, polarity: str) -> list[tuple[int, str]]:
    """Split a claim's content at coordinated objects with different issues: [(offset, issue)]."""
    cues = issue_cues(content, polarity)
    groups: list[list] = []
    for s, e, issue in cues:
        if groups and s < groups[-1][1]:
            groups[-1][1] = max(groups[-1][1], e)
            continue
        groups.append([s, e, issue])
    parts = []
    for s, e, issue in groups:
        if not parts:
            parts.append((0, issue, e))
            continue
        between = content[parts[-1][2]:s]
        md = _DESCRIBES.search(between)
        if md and not re.search(r"(?:,\s*|\s)(?:and|or)\s+(?:to|that|for)\s", between[md.end():]):
            # "sanctions against officials involved in the detention and trials of …": what follows
            # describes the target of the first act, it is not a second one
            parts[-1] = (parts[-1][0], parts[-1][1], e)
            continue
        mc = re.search(r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|as\s+well\s+as)\s+)((?:[\w’'-]+\s+){0,3})$", between)
        mt = None if mc else re.search(r"(?:,\s*|\s+)(?:and|or)\s+that\s+((?:[\w’'-]+\s+){0,8})$", between)
        if mt:  # "demanded that A … and that the detainees be given access …": a clause of its own
            parts.append((parts[-1][2] + mt.start() + len(re.match(r"[,\s]*(?:and|or)\s+", between[mt.start():]).group(0)),
                          issue, e))
            continue
        # a parallel complement repeats its introducing word: "… and to allow the return …",
        # "called for X and for Y", "demanded that A and that B"
        lead = re.match(r"(to|for|that)\s", mc.group(1)) if mc else None
        words = mc.group(1)[lead.end():] if lead else (mc.group(1) if mc else "")
        infinitives = bool(lead) and lead.group(1) in {"to", "that"}  # separate requested acts
        mi = _LATE_INFINITIVE.search(between)
        if (issue != parts[-1][1] or infinitives) and mc and not re.search(
                r"\b(?:as|in|to|by|for|of|with|on|from|which|who|whose|whom|that|at|aimed|through)\b", words, re.I):
            parts.append((parts[-1][2] + mc.start() + len(re.match(r"[,\s]*(?:and\s+|or\s+|as\s+well\s+as\s+)?",
                                                                      between[mc.start():]).group(0)), issue, e))
        elif mi and issue != parts[-1][1]:
            # "… to fund housing for the displaced and to back a mission to monitor heritage sites": a second
            # requested act whose issue is named a few words into it
            parts.append((parts[-1][2] + mi.start("to"), issue, e))
        else:
            parts[-1] = (parts[-1][0], parts[-1][1], e)
    return [(off, issue) for off, issue, _ in parts]


def _claim_date(art: _Article, ev: list | None, sid: int, windows: list[tuple[int, int]],
                anchor_sids: list[int]) -> str:
    """The date the claim was made: a dated speech event in the claim's clause(s) or anchor sentences.

    *ev* is the article's events as (sentence_id, start, date) tuples of speech-like events, sorted.
    """
    if ev:
        own = [e for e in ev if e[0] == sid]
        for ws, we in windows:
            for e in own:
                if ws <= e[1] < we:
                    return e[2]
        for a in anchor_sids:
            if a == sid:
                continue
            for e in ev:
                if e[0] == a:
                    return e[2]
    return art.published


def _speech_events(events: pd.DataFrame | None) -> dict[str, list]:
    """Per article, the dated statement/report/resolution/award events that are not in the future."""
    if events is None or len(events) == 0:
        return {}
    n = len(events)
    cols = [events[c].tolist() if c in events else [""] * n
            for c in ("article_id", "sentence_id", "start", "event_type", "tense", "date")]
    out: dict[str, list] = {}
    for aid, sid, start, kind, tense, date in zip(*cols):
        kind, tense, date = _as_str(kind), _as_str(tense), _as_str(date)
        if kind in SPEECH_EVENT_TYPES and tense != "future" and date:
            out.setdefault(str(aid), []).append((int(sid), int(start), date))
    return {k: sorted(v) for k, v in out.items()}


def _missing(v) -> bool:
    return v is None or v is pd.NA or v is pd.NaT or (isinstance(v, float) and v != v)


def _as_str(v) -> str:
    """A cell as text, "" when missing."""
    return v if isinstance(v, str) else "" if _missing(v) else str(v)


def _claim_windows(art: _Article, c: _Claim, subj: _Subject) -> list[tuple[int, int]]:
    """The spans of the claim's own clause and of its attribution (where its date may be written)."""
    t = c.trigger
    q = c.quote if (c.quote and c.quote.speech) else None
    out = [(art.clause_start(t.start, c.s_start, q, through_that=True), c.content_end)]
    if t.kind in {"accuse", "modal"} and q is None:
        verbs = list(patterns().speech_verb.finditer(art.text, c.s_start, t.start))
        if verbs:
            out.append((art.clause_start(verbs[-1].start(), c.s_start, None), t.start))
    if q is not None:
        _, _, q_send = art.sentence_at(q.end - 1)
        tail = art.text[q.end:q_send]
        mt = re.search(r",\s+(?:which|who)\b|;", tail)
        out.append((q.end, q.end + (mt.start() if mt else len(tail))))
    return out


def _recent_instrument(art: _Article, claimant: _Mention, sid: int) -> str:
    """The kind of instrument the claimant issued in this or the previous sentence ("X delivered a report …
    He stressed …" → report)."""
    for ent in reversed(art.entities):
        who = ent.claimant()
        if who is not None and who.actor == claimant.actor and ent.sentences & {sid, sid - 1}:
            return ent.kind
    return ""


def _right_claim(content: str) -> bool:
    """ "Emphasis on / stresses the right to …": emphasising a right is support for it."""
    return bool(re.match(r"\W*(?:that\s+)?(?:the\s+|their\s+|its\s+)?(?:\w+\s+)?rights?\s+(?:to|of)\b", content, re.I))


def extract_article(art: _Article, events: list | None = None) -> list[dict]:
    """Every claim of one article as row dicts (without demand_id)."""
    triggers = _find_triggers(art)
    by_sent: dict[int, list[_Trigger]] = {}
    for t in triggers:
        sid = art.sentence_at(t.start)[0]
        by_sent.setdefault(sid, []).append(t)
    rows = []
    recent: list[tuple[int, _Mention]] = []  # (sentence, claimant) of the claims made so far
    groups: list[tuple[int, list[_Mention]]] = []  # (sentence, claimants) of claims made by several actors
    headline = _headline_sentence(art)
    for sid, s_start, s_end in art.sents:
        if sid not in by_sent or sid == headline:
            continue
        claims = _sentence_claims(art, sid, s_start, s_end, [t for t in by_sent[sid] if t.start >= s_start])
        prev = None
        for c in claims:
            c.subject = _continue_subject(art, c, _resolve_claimant(art, c, prev), recent)
            if (c.subject is None or c.subject.mention is None) and not c.coordinated:
                c.subject = _group_subject(art, c, groups)
            if prev is not None and c.coordinated:
                c.prev_addressee = prev.addressee
                c.co_claimants = prev.co_claimants
            prev = c
            made = _claim_rows(art, c, events)
            if made and c.subject is not None and c.subject.mention is not None:
                recent.append((c.sid, c.subject.mention))
                if c.co_claimants:
                    groups.append((c.sid, [c.subject.mention, *c.co_claimants]))
            rows += made
    return _inherit_issue(_list_items(art, rows, events))


#: How many sentences back a claim that names no issue looks for the topic it continues.
ISSUE_CONTEXT_SENTENCES = 3


def _inherit_issue(rows: list[dict]) -> list[dict]:
    """A claim whose clause and sentence name no issue may continue the topic of the claim before it.

    Only the nearest earlier claim with an issue, within :data:`ISSUE_CONTEXT_SENTENCES` sentences,
    and only when the same claimant goes on ("HRW urged Baku to free the prisoners. It also urged the
    EU to act") or when the claim endorses it ("The European Parliament urged Baku to free the
    prisoners. Human Rights Watch welcomed the vote"). A response by another actor ("Baku rejected
    the resolution as biased") keeps ``other``: what it rejects is not always the claim's topic.
    """
    for i, r in enumerate(rows):
        if r["issue"] != "other":
            continue
        if r["action"] == "supports" and _VOTE_REF.search(r["text"]):
            # "welcomed the vote": the resolution voted on, however far back it was adopted
            voted = next((p for p in rows[:i] if p["claimant_via"] == "resolution" and p["issue"] != "other"
                          and p["start"] < r["start"]), None)
            if voted is not None:
                r["issue"] = voted["issue"]
                continue
        for prev in reversed(rows[:i]):
            if prev["sentence_id"] < r["sentence_id"] - ISSUE_CONTEXT_SENTENCES:
                break
            if prev["issue"] != "other" and prev["start"] < r["start"]:
                if prev["claimant"] == r["claimant"] or r["action"] == "supports":
                    r["issue"] = prev["issue"]
                break
    return rows


#: A reference to a vote or the text voted on ("welcomed the vote", "praised the resolution").
_VOTE_REF = re.compile(r"\b(?:the|this|that|its|their|today['’]s|yesterday['’]s)\s+(?:vote|resolution|motion|result|"
                       r"decision|adoption|text|measure)\b", re.I)


#: A plural description opening a sentence refers back to the actors last named together:
#: "Senators X and Y demanded … The senators also pressed Washington to …"
_GROUP_ANAPHOR = re.compile(
    r"[\W_]*(?:the|these|both|all\s+(?:the\s+)?)\s+(?:[\w-]+\s+)?(?:senators|lawmakers|legislators|MPs|deputies|"
    r"parliamentarians|congressmen|congresswomen|members|signatories|co-?sponsors|ministers|leaders|envoys|"
    r"diplomats|groups|organi[sz]ations|bishops|clerics|campaigners|activists|two|three|four)\s+"
    r"(?:(?:\w+ly|also|further|then|jointly|together|again)\s+)*", re.I)


def _group_subject(art: _Article, c: _Claim, groups: list[tuple[int, list[_Mention]]]) -> _Subject | None:
    """The actors named together before, for a claim whose subject is a plural description."""
    if not groups or c.sid - groups[-1][0] > 5 or not _GROUP_ANAPHOR.fullmatch(art.text, c.s_start, c.trigger.start):
        return c.subject
    members = groups[-1][1]
    c.co_claimants = members[1:]
    return _Subject(mention=members[0], pronoun=True)


# what may stand before a sentence's subject: titles, determiners, a short introductory phrase
_SENTENCE_OPENING = re.compile(r"[\W_]*(?:(?:[A-Z][\w’'.-]*|the|a|an|in|on|at|after|during|last|this|\d+)[\s,]+)*")
_SUBJECT_PRONOUN_KINDS = {"he": {"person"}, "she": {"person"}, "it": {"organization", "government", "group"},
                          "they": {"organization", "government", "group"}}


def _continue_subject(art: _Article, c: _Claim, subj: _Subject | None,
                      recent: list[tuple[int, _Mention]]) -> _Subject | None:
    """A pronoun opening a sentence continues the claimant of the claims just before it.

    "The committee called on Ottawa to impose sanctions. It also urged the House …": *It* is the
    committee, not Ottawa, the organisation named last. The same for "He/She …" after a person's
    claim, and "The committee/The group …" after an organisation's. Kept as resolved when the
    pronoun stands inside a reported clause, when another actor of its kind has opened a sentence
    since, or when the sentence rejects or condemns (a response usually comes from the addressee:
    "The EU urged Baku to … It rejected the call").
    """
    if subj is None or not subj.pronoun or subj.entity is not None or c.coordinated or subj.pronoun_at < 0:
        return subj
    word = subj.pronoun_word.lower()
    head = word.split()[-1]
    kinds = _SUBJECT_PRONOUN_KINDS.get(word) or ({"organization", "government", "group"}
                                                  if word.startswith("the ") else None)
    if kinds is None:
        return subj
    before = art.text[c.s_start:subj.pronoun_at]
    if (before.strip() and not before.rstrip().endswith(",")) or patterns().speech_verb.search(before) or \
            art.quote_at(subj.pronoun_at) is not None:
        return subj  # not the subject of the sentence's main clause
    earlier = [(sid, m) for sid, m in recent if c.sid - 2 <= sid < c.sid and m.type in kinds]
    if not earlier:
        return subj
    sid0, last = earlier[-1]
    if subj.mention is not None and subj.mention.actor == last.actor:
        return subj
    if word.startswith("the ") and head in HEAD_ANAPHORS and head not in last.actor.lower():
        return subj  # "the court" is not the NGO that spoke before
    after = art.text[subj.pronoun_at + len(word):c.trigger.start]
    if c.trigger.action == "condemns" and not re.search(r"\b(?:also|further|again|likewise)\b", after):
        return subj
    for s_id, a, b in art.sents:
        if sid0 < s_id < c.sid:  # a new topic in between: an actor of the kind opening a sentence
            first = next((m for m in art.mentions_in(a, b) if m.type in kinds), None)
            if first is not None and first.actor != last.actor and _SENTENCE_OPENING.fullmatch(art.text, a, first.start):
                return subj
    return _Subject(mention=last, via=subj.via, anchor_sids=subj.anchor_sids, pronoun=True,
                    pronoun_word=subj.pronoun_word, pronoun_at=subj.pronoun_at)


#: A pronoun opening a clause after a semicolon or "and": "X argues that …; it wants …".
_CLAUSE_PRONOUN = re.compile(r"(?:;|,?\s+and|,?\s+but)\s*$")


def _same_sentence_pronoun(art: _Article, c: _Claim, prev: _Claim | None, subj: _Subject) -> _Subject:
    """A pronoun opening a later clause of the sentence continues the claimant of the clause before it.

    "The ANCA argues that Washington must insist on guarantees; it wants the State Department to …":
    *it* is the ANCA, not Washington, named last. Only for a pronoun of the claimant's kind, right
    after a semicolon or "and"/"but", outside quotations, and not for a condemnation.
    """
    if not subj.pronoun or subj.pronoun_at < 0 or prev is None or c.trigger.action == "condemns":
        return subj
    last = prev.subject.mention if prev.subject is not None else None
    kinds = _SUBJECT_PRONOUN_KINDS.get(subj.pronoun_word.lower())
    if last is None or kinds is None or last.type not in kinds or art.quote_at(subj.pronoun_at) is not None:
        return subj
    if not _CLAUSE_PRONOUN.search(art.text, max(c.s_start, subj.pronoun_at - 8), subj.pronoun_at):
        return subj
    return _Subject(mention=last, via=subj.via, anchor_sids=subj.anchor_sids, pronoun=True,
                    pronoun_word=subj.pronoun_word, pronoun_at=subj.pronoun_at)


def _headline_sentence(art: _Article) -> int:
    """The sentence id of a headline opening the text (it repeats the lead's claim), else -1."""
    from .corpus import parse_title

    if not art.sents:
        return -1
    sid, start, end = art.sents[0]
    title = parse_title(art.text)
    if title and art.text[start:end].strip() == title.strip():
        return sid
    return -1


ITEM_LINE = re.compile(r"^\s*(?:[-•*–·▪]\s+|\d+[.)]\s+|\(?[a-z]\)\s+)")


def _list_items(art: _Article, rows: list[dict], events: list | None) -> list[dict]:
    """Items under a header line that names an instrument and ends with ":" ("The petition reads:",
    "The resolution calls on Azerbaijan to:") are claims of that instrument's issuer, even without
    a claim verb of their own ("- Release all prisoners of war")."""
    by_sid: dict[int, list[dict]] = {}
    for r in rows:
        by_sid.setdefault(r["sentence_id"], []).append(r)
    extra, drop = [], set()
    sents = art.sents
    for i, (sid, s_start, s_end) in enumerate(sents):
        line = art.text[s_start:s_end].rstrip()
        if not line.endswith(":"):
            continue
        ent = art.entity_at(s_start, s_end) or art.last_entity_before(s_end, max_sents=1)
        if ent is None or ent.claimant() is None:
            continue
        head = [r for r in by_sid.get(sid, []) if r["issue"] == "other"]
        action = head[0]["action"] if head else "calls_for"
        addressee = head[0]["addressee"] if head else ""
        for r in head:
            drop.add(id(r))
        claimant = _as_actor(ent.claimant(), CLAIMANT_TYPES)
        if claimant is None:
            continue
        numbered = False
        # "The minister said in a statement:" introduces a quotation; only marked items count as a list then
        speech_intro = bool(re.search(r"\b(?:said|says|say|stated|states|wrote|writes|added|adds|declared|declares|"
                                      r"announced|told|tweeted|posted|reads|read)\b[^:]*:$", line, re.I))
        semi = closed = False  # items that end with ";": the list ends at the one that ends with "."
        for sid2, i_start, i_end in sents[i + 1:i + 24]:
            item = art.text[i_start:i_end]
            if re.fullmatch(r"\s*(?:\d+|[a-z])[.)]\s*", item):
                numbered = True  # the sentence splitter keeps "1." apart from its item
                continue
            if closed:
                break
            tail = item.rstrip()[-1:]
            semi = semi or tail == ";"
            closed = semi and tail == "."
            bullet = ITEM_LINE.match(item)
            para_first = art.text[art.paragraph_start(i_start):i_start].strip() == ""
            if not (bullet or numbered or (para_first and len(item.split()) <= 30 and not speech_intro)):
                break
            if item.lstrip()[:1] in "“\"‘'":
                break  # a quotation, not a list item
            was_numbered, numbered = numbered, False
            if sid2 in by_sid:
                continue
            body = item[bullet.end() if bullet else 0:].rstrip(" .;,")
            polarity = _polarity(action, body)
            b_start = i_start + (bullet.end() if bullet else 0)
            issue, _, strength = classify_issue(art.masked[b_start:b_start + len(body)], polarity)  # names blanked
            if strength < 2:
                if not (bullet or was_numbered):
                    break
                continue
            start = i_start + (bullet.end() if bullet else 0)
            item_addressee = addressee
            if not item_addressee:  # "the European Union make … conditional on …": the item's subject
                opener = _as_actor(art.mention_at(start))
                if opener is not None and opener.actor != claimant.actor:
                    item_addressee = opener.actor
            extra.append({
                "article_id": art.id, "sentence_id": sid2, "start": start, "end": start + len(body),
                "claimant": claimant.actor, "claimant_via": ent.kind, "action": action, "addressee": item_addressee,
                "target": "", "issue": issue, "stance": "against" if action == "condemns" else "for",
                "text": body, "date": _claim_date(art, events, sid2, [], sorted(ent.sentences)),
                "sponsor": ent.sponsor.actor if ent.sponsor is not None and ent.sponsor.actor != claimant.actor else "",
                "body": ent.body.actor if ent.body is not None else "",
            })
    return [r for r in rows if id(r) not in drop] + extra


def _claim_rows(art: _Article, c: _Claim, events: list | None) -> list[dict]:
    subj = c.subject
    if subj is None or subj.mention is None:
        return []
    claimant, mayor = _city(art, subj.mention)
    claimant = _as_actor(claimant, CLAIMANT_TYPES)
    if claimant is None:
        return []
    t = c.trigger
    cstart = c.content_start if c.content_start >= 0 else t.end
    content = art.text[cstart:c.content_end]
    if not content.strip(" ,.;:”\"’"):
        return []
    masked = art.masked[cstart:c.content_end]
    action = t.action
    if action == "stresses" and _right_claim(content):
        action = "supports"
    polarity = _polarity(action, content)
    stance = "against" if action == "condemns" else "for"
    parts = _split(masked, polarity) or [(0, "other")]
    if (t.kind in {"modal", "accuse", "evaluative"} or t.needs_issue) and classify_issue(masked, polarity)[0] == "other":
        return []  # reported content is a claim only when it names an issue
    windows = _claim_windows(art, c, subj)
    via = "award" if t.kind == "award" else (subj.via or _via_in(art.text[windows[0][0]:c.content_end])
                                               or _recent_instrument(art, claimant, c.sid) or "speech")
    ent = subj.entity
    letter = ent if ent is not None and ent.kind == "letter" else None
    if letter is None and via == "letter":
        found = art.entity_at(windows[0][0], c.content_end)
        letter = found if found is not None and found.kind == "letter" else None
    sponsor = mayor or (ent.sponsor.actor if ent is not None and ent.sponsor is not None else "")
    body = ent.body.actor if ent is not None and ent.body is not None else ""
    if sponsor == claimant.actor:
        sponsor = ""
    anchors = [*[x for x in subj.anchor_sids if x >= 0], *(sorted(ent.sentences) if ent else [])]
    date = _claim_date(art, events, c.sid, windows, anchors)
    rows = []
    for k, (off, _) in enumerate(parts):
        p_start = (c.span[0] if c.span else t.start) if k == 0 else cstart + off
        p_end = cstart + parts[k + 1][0] if k + 1 < len(parts) else (c.span[1] if c.span else c.content_end)
        seg = art.text[p_start:p_end].rstrip(" ,.;:”\"’\n")
        mc = _TRAILING_AND.search(seg, max(0, len(seg) - 40))  # "…, and" left before the next part
        if mc:
            seg = seg[:mc.start()]
        issue = classify_issue(art.masked[cstart:c.content_end] if c.span and len(parts) == 1
                               else art.masked[p_start:p_start + len(seg)], polarity)[0]
        if issue == "other" and len(parts) == 1 and t.kind not in {"modal", "accuse", "evaluative"}:
            # nothing in the clause: the issue of the sentence it stands in ("praised the ministers and
            # urged both sides to sign the peace treaty")
            from_ = max(windows[0][0], c.own_subject_at)
            if subj.mention is not None and from_ <= subj.mention.start < t.start:
                from_ = subj.mention.start  # the clause of this claimant, not an earlier one
            until = c.s_end
            mb = re.search(r"\b(?:but|while|whereas|although|though|however)\b", art.text[c.content_end:c.s_end])
            if mb:
                until = c.content_end + mb.start()  # not across a contrast ("… but warned that sanctions …")
            issue = classify_issue(art.masked[from_:until], polarity)[0]
        addressee, target = _addressee_target(art, c, claimant, polarity, issue,
                                              cstart if k == 0 else p_start, p_start + len(seg))
        if addressee is None and letter is not None and letter.recipient is not None and stance == "for":
            addressee = letter.recipient  # a letter's demands are addressed to its recipient
        if k == 0:
            c.addressee = addressee
        rows.append({
            "article_id": art.id, "sentence_id": c.sid, "start": p_start, "end": p_start + len(seg),
            "claimant": claimant.actor, "claimant_via": via, "action": action,
            "addressee": addressee.actor if addressee else "", "target": target.actor if target else "",
            "issue": issue, "stance": stance, "text": seg, "date": date, "sponsor": sponsor, "body": body,
        })
    if not c.co_claimants and not subj.pronoun and subj.entity is None and claimant is subj.mention:
        c.co_claimants = _co_claimants(art, subj.mention, c)
    co = [m.actor for m in c.co_claimants if m.actor != claimant.actor]
    rows += [dict(r, claimant=actor) for actor in dict.fromkeys(co) for r in rows]
    return rows


_KIND_GROUP = {"person": "person", "organization": "body", "government": "body"}
_PAREN = re.compile(r"\([^()]*\)")
_CO_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:the|[A-Z][\w’'.-]*)\s+){0,3}")
_TITLES_BEFORE = re.compile(r"(?:(?:the|[A-Z][\w’'.-]*)\s+)+$")


def _co_claimants(art: _Article, m: _Mention, c: _Claim) -> list[_Mention]:
    """The actors coordinated with the subject *m*: "France and Germany urged …", "senators led by X
    (D-Minn.) and Y (R-Maine) demanded …" → [France] / [X]. Each makes the claim too. Only actors of
    the subject's kind (people with people, bodies with bodies) in a list that opens its clause."""
    kind = _KIND_GROUP.get(m.type)
    if kind is None:
        return []
    cs = art.clause_start(c.trigger.start, c.s_start, c.quote if (c.quote and c.quote.speech) else None)
    # parenthetical asides ("(D-Minn.)") read as blanks, and the mentions inside them are skipped
    window = _PAREN.sub(lambda x: " " * len(x.group(0)), art.text[cs:m.start])
    found, cur = [], m
    while True:
        before = [x for x in art.mentions_in(cs, cur.start) if x.end <= cur.start and window[x.start - cs] != " "]
        if not before:
            break
        p = before[-1]
        if _KIND_GROUP.get(p.type) != kind or not _CO_GAP.fullmatch(window, p.end - cs, cur.start - cs):
            break
        found.append(p)
        cur = p
    if not found:
        return []
    lead = window[:cur.start - cs]
    lead = _TITLES_BEFORE.sub("", lead)
    if lead.strip() and not lead.rstrip().endswith((",", "—", "–", ":")) and not _LED_BY.search(lead):
        return []  # "… met X and Y urged …": X is an object, not a co-subject
    return found[::-1]


def _article_mentions(mentions: pd.DataFrame | None) -> dict[str, list[_Mention]]:
    if mentions is None or len(mentions) == 0:
        return {}
    cols = [mentions[c].tolist() for c in ("article_id", "start", "end", "actor", "actor_type")]
    out: dict[str, list[_Mention]] = {}
    for aid, start, end, actor, kind in zip(*cols):
        if isinstance(actor, str) and actor and not _missing(start) and not _missing(end):
            out.setdefault(str(aid), []).append(_Mention(int(start), int(end), actor, str(kind)))
    for ms in out.values():
        ms.sort(key=lambda m: (m.start, m.end))
    return out


def extract(corpus, mentions: pd.DataFrame | None = None, events: pd.DataFrame | None = None) -> pd.DataFrame:
    """Return the ``demands`` table for *corpus* (one row per claim, in text order per article)."""
    by_article = _article_mentions(mentions)
    ev_by_article = _speech_events(events)
    sents: dict[str, list] = {}
    s = corpus.sentences
    for aid, sid, start, end in zip(s.article_id.tolist(), s.sentence_id.tolist(), s.start.tolist(), s.end.tolist()):
        sents.setdefault(str(aid), []).append((int(sid), int(start), int(end)))
    rows = []
    arts = corpus.articles
    for aid, text, published in zip(arts.article_id.tolist(), arts.text.tolist(), arts.published.tolist()):
        aid = str(aid)
        if aid not in sents:
            continue
        published = "" if not isinstance(published, str) else published
        art = _Article(aid, str(text), sorted(sents[aid], key=lambda x: x[1]), by_article.get(aid, []), published)
        found = extract_article(art, ev_by_article.get(aid))
        found.sort(key=lambda r: (r["start"], r["end"]))
        for n, r in enumerate(found, start=1):
            r["demand_id"] = f"{aid}-d{n:02d}"
        rows += found
    return pd.DataFrame(rows, columns=COLUMNS)


# --------------------------------------------------------------------------- helpers for notebook 04
def claimant_issue_matrix(demands: pd.DataFrame) -> pd.DataFrame:
    """Claims per claimant (rows, most claims first) and issue (columns, in vocabulary order)."""
    from .vocab import DEMAND_ISSUES

    if demands.empty:
        return pd.DataFrame(dtype="int64")
    m = pd.crosstab(demands.claimant, demands.issue)
    m = m[[c for c in DEMAND_ISSUES if c in m.columns]]
    order = sorted(m.index, key=lambda a: (-int(m.loc[a].sum()), a))
    m = m.loc[order]
    m.index.name, m.columns.name = "claimant", "issue"
    return m.astype("int64")


def addressee_edges(demands: pd.DataFrame) -> pd.DataFrame:
    """Who addresses whom: claimant -> addressee edges, and addressee -> target for nested demands.

    Columns ``source``, ``target``, ``relation`` (``addressee`` or ``target``), ``n`` (claims),
    sorted by n (desc) then names.
    """
    cols = ["source", "target", "relation", "n"]
    parts = []
    d = demands[demands.addressee.astype(str) != ""]
    if len(d):
        parts.append(pd.DataFrame({"source": d.claimant, "target": d.addressee, "relation": "addressee"}))
    t = demands[(demands.addressee.astype(str) != "") & (demands.target.astype(str) != "")]
    if len(t):
        parts.append(pd.DataFrame({"source": t.addressee, "target": t.target, "relation": "target"}))
    if not parts:
        return pd.DataFrame(columns=cols)
    e = pd.concat(parts, ignore_index=True).astype(str)
    e = e.groupby(["source", "target", "relation"]).size().reset_index(name="n")
    return e.sort_values(["n", "source", "target", "relation"], ascending=[False, True, True, True]).reset_index(drop=True)[cols]


def issues_by_month(demands: pd.DataFrame) -> pd.DataFrame:
    """Claims per month (rows, ``YYYY-MM`` from ``date``) and issue (columns); undated claims left out."""
    from .vocab import DEMAND_ISSUES

    d = demands[demands.date.astype(str).str.match(r"^\d{4}-\d{2}")]
    if d.empty:
        return pd.DataFrame(dtype="int64")
    m = pd.crosstab(d.date.astype(str).str[:7].rename("month"), d.issue)
    m = m[[c for c in DEMAND_ISSUES if c in m.columns]].sort_index()
    m.columns.name = "issue"
    return m.astype("int64")


def _wrap(label: str, width: int = 28) -> str:
    import textwrap

    return "\n".join(textwrap.wrap(label, width)) or label


def draw_matrix(matrix: pd.DataFrame, ax, cmap: str = "Blues") -> None:
    """Draw a claimant x issue count matrix as a heatmap with the count in every non-empty cell."""
    import numpy as np

    values = matrix.to_numpy()
    ax.imshow(np.where(values > 0, values, np.nan), cmap=cmap, vmin=0, vmax=max(1, values.max()) * 1.25,
              aspect="auto")
    for i in range(values.shape[0]):
        for j in range(values.shape[1]):
            if values[i, j]:
                ax.text(j, i, str(values[i, j]), ha="center", va="center", fontsize=9)
    ax.set_xticks(range(values.shape[1]), [c.replace("_", " ") for c in matrix.columns], rotation=35, ha="right")
    ax.set_yticks(range(values.shape[0]), [_wrap(str(r)) for r in matrix.index], fontsize=8)
    ax.set_xticks(np.arange(-0.5, values.shape[1]), minor=True)
    ax.set_yticks(np.arange(-0.5, values.shape[0]), minor=True)
    ax.grid(which="minor", color="#dddddd", linewidth=0.6)
    ax.tick_params(which="minor", length=0)
    for side in ("top", "right", "left", "bottom"):
        ax.spines[side].set_visible(False)


def draw_addressee_graph(edges: pd.DataFrame, ax) -> None:
    """Who addresses whom, as three columns: claimants -> addressees -> targets of nested requests.

    Arrow width = number of claims. Deterministic layout (no random placement): each column is
    sorted by claims, then name.
    """
    from matplotlib.patches import FancyArrowPatch

    from .plots import PALETTE

    if edges.empty:
        ax.text(0.5, 0.5, "no claim names an addressee", ha="center", va="center")
        ax.set_axis_off()
        return
    first = edges[edges.relation == "addressee"]
    nested = edges[edges.relation == "target"]
    claimants = first.groupby("source").n.sum()
    addressees = pd.concat([first.groupby("target").n.sum(), nested.groupby("source").n.sum()]).groupby(level=0).max()
    targets = nested.groupby("target").n.sum()
    columns = [claimants, addressees, targets] if len(targets) else [claimants, addressees]
    pos: dict[tuple[int, str], tuple[float, float]] = {}
    height = max(len(c) for c in columns)
    for x, col in enumerate(columns):
        order = sorted(col.index, key=lambda a: (-int(col[a]), a))
        for k, name in enumerate(order):
            pos[x, name] = (x * 1.0, (len(order) - 1) / 2 - k)  # each column centred on 0
    colours = [PALETTE[0], PALETTE[3], PALETTE[2]]
    for (x, name), (px, py) in sorted(pos.items()):
        ha = "right" if x == 0 else "left"
        ax.scatter([px], [py], s=70, color=colours[x], zorder=3)
        ax.text(px + (-0.04 if x == 0 else 0.04), py, _wrap(name, 30), ha=ha, va="center", fontsize=8)
    for rel, (x0, x1) in (("addressee", (0, 1)), ("target", (1, 2))):
        for r in edges[edges.relation == rel].itertuples(index=False):
            if (x0, r.source) not in pos or (x1, r.target) not in pos:
                continue
            a, b = pos[x0, r.source], pos[x1, r.target]
            ax.add_patch(FancyArrowPatch(a, b, arrowstyle="-|>", mutation_scale=12, linewidth=0.8 + 1.2 * r.n,
                                         color="#7f7f7f", alpha=0.7, shrinkA=6, shrinkB=6, zorder=2))
            ax.text((a[0] + b[0]) / 2, (a[1] + b[1]) / 2, str(r.n), fontsize=7, ha="center", va="bottom",
                    color="#555555")
    titles = ["claimant", "addressee", "target of the\nrequested act"]
    for x in range(len(columns)):
        ax.text(x, (height - 1) / 2 + 0.9, titles[x], ha="center", va="bottom", fontsize=9, fontweight="bold")
    ax.set_xlim(-1.1, len(columns) - 1 + 1.1)
    ax.set_ylim(-(height - 1) / 2 - 0.7, (height - 1) / 2 + 1.4)
    ax.set_axis_off()
