"""Reply-text extraction: MAIA against mail-parser-reply (PyPI) on the same labelled files.

Both read the same decoded body (text/plain, or the HTML rendered to text when there is none);
similarity is difflib's ratio after MAIA-LABELS whitespace normalisation (ja/zh: no whitespace).
Usage: python bench/maia_reply_text.py [--dir tests/data/maia/dev]
"""

from __future__ import annotations

import argparse
import statistics
from collections import defaultdict
from pathlib import Path

from worker.maia.evaluate import load_labels, text_similarity
from worker.maia.extract import body_text, extract_reply
from worker.maia.types import mail_input_from_bytes

_LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl", "ro", "sv", "tr", "hr", "ja", "zh"]


def baseline_text(body: str) -> str:
    """mail-parser-reply's latest reply, with every language it knows enabled."""
    from mailparser_reply import EmailReplyParser

    try:
        parser = EmailReplyParser(languages=_LANGS)
    except Exception:
        parser = EmailReplyParser(languages=["en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv"])
    try:
        return str(parser.parse_reply(text=body))
    except Exception:
        return body


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--dir", default="tests/data/maia/dev", type=Path)
    args = ap.parse_args()
    labels = [x for x in load_labels(args.dir) if (args.dir / x["file"]).exists()]
    ours: dict[str, list[float]] = defaultdict(list)
    base: dict[str, list[float]] = defaultdict(list)
    for lab in labels:
        mail = mail_input_from_bytes((args.dir / lab["file"]).read_bytes())
        lang = str(lab.get("language") or "")
        expected = str(lab.get("reply_text") or "")
        ours[lang].append(text_similarity(extract_reply(mail).text, expected, lang))
        base[lang].append(text_similarity(baseline_text(body_text(mail)), expected, lang))
    print(f"{'lang':<6}{'n':>5}{'maia':>10}{'mail-parser-reply':>20}")
    for lang in sorted(ours):
        o, b = ours[lang], base[lang]
        print(f"{lang:<6}{len(o):>5}{statistics.mean(o):>10.3f}{statistics.mean(b):>20.3f}")
    all_o = [v for vs in ours.values() for v in vs]
    all_b = [v for vs in base.values() for v in vs]
    print(
        f"{'all':<6}{len(all_o):>5}{statistics.mean(all_o):>10.3f}{statistics.mean(all_b):>20.3f}"
    )
    exact_o = sum(v >= 0.999 for v in all_o) / len(all_o)
    exact_b = sum(v >= 0.999 for v in all_b) / len(all_b)
    print(f"exact (ratio >= 0.999): maia {exact_o:.3f}, mail-parser-reply {exact_b:.3f}")


if __name__ == "__main__":
    main()
