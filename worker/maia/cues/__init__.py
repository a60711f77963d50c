"""Phrase cues per intent, 14 languages in one alternation each (words rarely collide).

Sources are lowercase and are matched against lowercased text. Each cue is assembled once, in
the module named for its intent, from named phrase families; the order of the families is the
order re.search tries them, so it is kept as the cues grew.
"""

from worker.maia.cues.absence import AUTO_WORDING, HELPDESK, OOO
from worker.maia.cues.conditions import (
    CASH_FLOW,
    CHECK_AHEAD,
    CONDITIONAL,
    CONDITIONAL_CORE,
    DISPUTE_WAIT,
    EMBEDDED,
    HEDGE,
    NEG_PAY,
    NEGATION,
    ON_RECEIPT,
)
from worker.maia.cues.contact import (
    ABSENT_COLLEAGUE_ELSEWHERE,
    FORWARDED_ON,
    THIRD_PERSON,
    WRONG_CONTACT,
)
from worker.maia.cues.copy import COPY, COPY_WORD, NOT_FOUND, REQUEST_MARK
from worker.maia.cues.dispute import CORRECTED, DISPUTE, GOODS_MISSING
from worker.maia.cues.injection import INJECTION, INJECTION_TAIL
from worker.maia.cues.no_contest import ANY_DISCREPANCY, INSTEAD_OF_ADDRESS
from worker.maia.cues.paid import ARRIVAL, GONE_OUT, HABIT_PAST, ON_TIME, PAID, PAST_RUN
from worker.maia.cues.partial import (
    AGREED_DEDUCTION,
    BALANCE_AFTER_PART,
    CREDIT_BEFORE_REST,
    NOT_REMAINDER,
    OTHER_INVOICES,
    PAID_LESS,
    PART_PAID,
    PARTIAL,
    STRONG_PARTIAL,
    UNDISPUTED,
)
from worker.maia.cues.plan import PLAN
from worker.maia.cues.processing import BOOKED, PROCESSING, YOUR_APPROVAL_MORE
from worker.maia.cues.promise import (
    AS_USUAL,
    HABITUAL,
    NO_DATE_YET,
    PASSIVE_AHEAD,
    PASSIVE_NOT_PROMISE,
    PASSIVE_PROMISE,
    PROMISE,
    PROOF_LATER,
    PROOF_NOUN,
    TALK_ABOUT_PAYMENT,
    VALUE_DATE,
)
from worker.maia.cues.shared import CREDIT_WORD, INVOICE_WORD, PAY_ACTION, PAY_WORD, compile_cue
from worker.maia.cues.time import FUTURE_TIME, FUTURE_TIME_BROAD, PAST_TIME

__all__ = [
    "ABSENT_COLLEAGUE_ELSEWHERE",
    "AGREED_DEDUCTION",
    "ANY_DISCREPANCY",
    "ARRIVAL",
    "AS_USUAL",
    "AUTO_WORDING",
    "BALANCE_AFTER_PART",
    "BOOKED",
    "CASH_FLOW",
    "CHECK_AHEAD",
    "CONDITIONAL",
    "CONDITIONAL_CORE",
    "COPY",
    "COPY_WORD",
    "CORRECTED",
    "CREDIT_BEFORE_REST",
    "CREDIT_WORD",
    "DISPUTE",
    "DISPUTE_WAIT",
    "EMBEDDED",
    "FORWARDED_ON",
    "FUTURE_TIME",
    "FUTURE_TIME_BROAD",
    "GONE_OUT",
    "GOODS_MISSING",
    "HABITUAL",
    "HABIT_PAST",
    "HEDGE",
    "HELPDESK",
    "INJECTION",
    "INJECTION_TAIL",
    "INSTEAD_OF_ADDRESS",
    "INVOICE_WORD",
    "NEGATION",
    "NEG_PAY",
    "NOT_FOUND",
    "NOT_REMAINDER",
    "NO_DATE_YET",
    "ON_RECEIPT",
    "ON_TIME",
    "OOO",
    "OTHER_INVOICES",
    "PAID",
    "PAID_LESS",
    "PARTIAL",
    "PART_PAID",
    "PASSIVE_AHEAD",
    "PASSIVE_NOT_PROMISE",
    "PASSIVE_PROMISE",
    "PAST_RUN",
    "PAST_TIME",
    "PAY_ACTION",
    "PAY_WORD",
    "PLAN",
    "PROCESSING",
    "PROMISE",
    "PROOF_LATER",
    "PROOF_NOUN",
    "REQUEST_MARK",
    "STRONG_PARTIAL",
    "TALK_ABOUT_PAYMENT",
    "THIRD_PERSON",
    "UNDISPUTED",
    "VALUE_DATE",
    "WRONG_CONTACT",
    "YOUR_APPROVAL_MORE",
    "compile_cue",
]
