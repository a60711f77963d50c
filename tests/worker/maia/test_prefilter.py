"""The literal prefilter must never hide a match: it only skips texts no branch can match."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from worker.maia import classify, cues
from worker.maia.prefilter import Cue, literal_prefilter

DATA = Path(__file__).resolve().parents[2] / "data"


def test_required_literals_of_branches_and_groups() -> None:
    source = r"\b(?:paid|bezahlt)\b|(?:we|wir) (?:have|haben) (?:sent|geschickt)"
    pre = literal_prefilter(source)
    assert pre is not None
    for text in ("it is paid", "bezahlt", "we have sent it"):
        assert pre.search(text)
    assert pre.search("nothing here") is None
    # a required word alone passes the filter; the full pattern still decides
    assert pre.search("we sent it") is not None
    assert Cue(source).search("we sent it") is None


def test_a_branch_without_literals_disables_the_filter() -> None:
    assert literal_prefilter(r"paid|\d+x\d+") is None
    assert literal_prefilter(r"(?i)paid") is None  # case-folding patterns are left alone


def test_single_cjk_characters_count_as_literals() -> None:
    pre = literal_prefilter(r"已(?:经)?付|振込")
    assert pre is not None and pre.search("昨天已经付了") and not pre.search("明天")


def _cues() -> list[tuple[str, Cue]]:
    return [(name, obj) for name, obj in vars(classify).items() if isinstance(obj, Cue)]


def _sentences() -> list[str]:
    out: list[str] = []
    for labels in sorted(DATA.glob("maia*/**/labels.json")):
        out.extend(
            s.strip().lower()
            for item in __import__("json").loads(labels.read_text(encoding="utf-8"))
            for s in re.split(r"(?<=[.!?。])\s*", item["reply_text"])
            if s.strip()
        )
    return out


@pytest.mark.parametrize(("name", "cue"), _cues(), ids=[n for n, _ in _cues()])
def test_prefiltered_cue_agrees_with_the_plain_regex(name: str, cue: Cue) -> None:
    plain = re.compile(cue.pattern)
    for text in _sentences():
        got = cue.search(text)
        want = plain.search(text)
        assert (got and got.span()) == (want and want.span()), (name, text)


_BIG = {name: Cue(getattr(cues, name)) for name in ("PAID", "PROMISE", "DISPUTE", "COPY")}


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_fragments_of_cue_phrases_never_slip_past_the_filter(data: st.DataObject) -> None:
    cue = _BIG[data.draw(st.sampled_from(sorted(_BIG)))]
    plain = cue.regex
    words = re.findall(r"[^\W\d_]{2,}", cue.pattern)
    text = " ".join(data.draw(st.lists(st.sampled_from(words), min_size=1, max_size=8)))
    assert (cue.search(text) is None) == (plain.search(text) is None)
