"""The Fasescan: which phase of its life cycle is a partnership in?

Six questions, each answered with one option. Every option gives points to one or more
phases (`Option.points`); the scan adds them up per phase. **The rule:**

1. The phase with the most points is the result.
2. On a tie, the phase that the answer to the core question — "What are the partners mainly
   working on now?" (`CORE_QUESTION`) — points to wins, if it is among the tied phases;
   otherwise the earliest of the tied phases in the life cycle (`Phase` order) wins.

So the result follows from the table below, not from a list of answer sets, and the page
shows the points per phase so that a visitor can follow it. The table is the content
expert's: changing a weight changes the scan for every answer set, which the tests check
for each phase (tests/instruments/test_fasescan.py).

The phases are the register's (registers.choices.Phase): verkenning, opbouw, uitvoering,
evaluatie, beëindigd.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop

from registers.choices import Phase

VER, OPB, UIT, EVA, BEE = (
    Phase.VERKENNING,
    Phase.OPBOUW,
    Phase.UITVOERING,
    Phase.EVALUATIE,
    Phase.BEEINDIGD,
)
PHASE_ORDER = [VER, OPB, UIT, EVA, BEE]


@dataclass(frozen=True)
class Option:
    value: str
    label: str
    points: dict  # Phase -> points


@dataclass(frozen=True)
class Question:
    key: str
    text: str
    help_text: str
    options: tuple


QUESTIONS = (
    Question(
        "afspraken",
        _("Have the partners laid down their collaboration in a formal agreement?"),
        _("For example a gemeenschappelijke regeling, a covenant or statutes."),
        (
            Option("geen", _("No, we are still finding out whether to collaborate"), {VER: 2}),
            Option("in-voorbereiding", _("An agreement is being drafted"), {OPB: 2}),
            Option("van-kracht", _("Yes, and it is in force"), {UIT: 1, EVA: 1}),
            Option("wordt-beeindigd", _("It is being ended or has ended"), {BEE: 3}),
        ),
    ),
    Question(
        "doelen",
        _("How far are the shared goals?"),
        _("The goals the partners want to reach together."),
        (
            Option("ontdekken", _("We are still discovering them"), {VER: 2}),
            Option("vastgesteld", _("Agreed; we are working them into plans"), {OPB: 2}),
            Option("nastreven", _("Agreed; we are pursuing them"), {UIT: 2}),
            Option("heroverwegen", _("We are reconsidering them"), {EVA: 2}),
            Option("afgerond", _("Reached, or given up"), {BEE: 2}),
        ),
    ),
    Question(
        "organisatie",
        _("Is the organisation in place: people, budget and governance?"),
        "",
        (
            Option("nee", _("Not yet, and not needed yet"), {VER: 1}),
            Option("deels", _("Partly; we are setting it up"), {OPB: 2}),
            Option("ja", _("Yes, it works"), {UIT: 1, EVA: 1}),
            Option("afbouw", _("It is being wound down"), {BEE: 2}),
        ),
    ),
    Question(
        "werk",
        _("What are the partners mainly working on now?"),
        _("This question decides when two phases score the same."),
        (
            Option("verkennen", _("Talking about whether and how to collaborate"), {VER: 3}),
            Option("inrichten", _("Setting up governance, budget and staff"), {OPB: 3}),
            Option("uitvoeren", _("Carrying out the agreed tasks"), {UIT: 3}),
            Option(
                "terugkijken", _("Looking back on results and deciding about the future"), {EVA: 3}
            ),
            Option("afwikkelen", _("Settling finances and handing over tasks"), {BEE: 3}),
        ),
    ),
    Question(
        "evaluatie",
        _("When was the collaboration last evaluated?"),
        "",
        (
            Option(
                "niet-van-toepassing", _("Not applicable yet: it has not started"), {VER: 1, OPB: 1}
            ),
            Option("recent", _("Within the last four years"), {UIT: 1}),
            Option("nu", _("An evaluation is under way or planned this year"), {EVA: 2}),
            Option("lang-geleden", _("More than four years ago, or never"), {EVA: 1}),
        ),
    ),
    Question(
        "vooruitblik",
        _("What do the partners expect in the coming year?"),
        "",
        (
            Option("besluit-starten", _("A decision on whether to start"), {VER: 1}),
            Option("start-uitvoering", _("The start of the work"), {OPB: 1}),
            Option("doorgaan", _("To carry on as now"), {UIT: 2}),
            Option("besluit-toekomst", _("A decision to carry on, change or stop"), {EVA: 2}),
            Option("einde", _("The end of the collaboration"), {BEE: 2}),
        ),
    ),
)
CORE_QUESTION = "werk"
# The rule in words, for the page and the documents (msgid also in fasescan_page.html).
RULE_TEXT = gettext_noop(
    "Every answer gives points to one or more phases. The phase with the most points is the "
    "result. When two phases have the same number of points, the answer to the question “What "
    "are the partners mainly working on now?” decides; if that answer points to neither, the "
    "earlier phase in the life cycle is the result."
)
QUESTIONS_BY_KEY = {question.key: question for question in QUESTIONS}


@dataclass(frozen=True)
class Result:
    phase: str
    scores: dict  # phase value -> points, every phase
    tie: bool  # the rule's second step decided

    @property
    def label(self):
        return Phase(self.phase).label

    @property
    def explanation(self):
        return PHASE_EXPLANATIONS[self.phase]

    def score_rows(self):
        """(phase label, points, is the result) per phase, in life-cycle order."""
        return [(Phase(p).label, self.scores[p], p == self.phase) for p in self.scores]


def score(answers: dict) -> Result:
    """The phase for `answers` ({question key: option value}, every question answered)."""
    totals = {phase.value: 0 for phase in PHASE_ORDER}
    for question in QUESTIONS:
        value = answers[question.key]
        option = next(o for o in question.options if o.value == value)
        for phase, points in option.points.items():
            totals[phase.value] += points
    best = max(totals.values())
    tied = [phase for phase, points in totals.items() if points == best]
    if len(tied) == 1:
        return Result(tied[0], totals, tie=False)
    core = QUESTIONS_BY_KEY[CORE_QUESTION]
    core_option = next(o for o in core.options if o.value == answers[CORE_QUESTION])
    core_phases = [phase.value for phase in core_option.points]
    for phase in tied:
        if phase in core_phases:
            return Result(phase, totals, tie=True)
    return Result(tied[0], totals, tie=True)


PHASE_EXPLANATIONS = {
    VER.value: _(
        "The partners are exploring whether a collaboration serves a shared task, who should "
        "take part and what it could look like. Nothing has been laid down yet."
    ),
    OPB.value: _(
        "The partners have decided to work together and are building the collaboration: the "
        "agreement, the governance, the budget and the people."
    ),
    UIT.value: _(
        "The collaboration is running: the agreed tasks are being carried out and the "
        "governance works. The questions now are about steering, accountability and results."
    ),
    EVA.value: _(
        "The partners are looking back on what the collaboration has achieved and deciding "
        "whether to carry on as now, change course or stop."
    ),
    BEE.value: _(
        "The collaboration is being ended or has ended: finances are settled, tasks and staff "
        "are handed over and the agreement is withdrawn."
    ),
}
