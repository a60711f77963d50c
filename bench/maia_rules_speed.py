"""MAIA rules engine: replies per second on one core, against plain `email` parsing of the corpus.

Baseline (same run, same files): email.message_from_bytes with the default policy plus decoding
of every text part. Usage: python bench/maia_rules_speed.py [--dir tests/data/maia/dev] [--rounds 5]
"""

from __future__ import annotations

import argparse
import email
import email.policy
import time
from pathlib import Path

from worker.maia.parse import parse
from worker.maia.types import mail_input_from_bytes


def baseline(corpus: list[bytes]) -> None:
    """Parse and decode bodies only: the floor any reply reader pays."""
    for raw in corpus:
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                payload = part.get_payload(decode=True)
                if isinstance(payload, bytes):
                    payload.decode(part.get_content_charset() or "utf-8", errors="replace")


def maia(corpus: list[bytes]) -> None:
    """Decode and run the whole rules engine."""
    for raw in corpus:
        parse(mail_input_from_bytes(raw))


def best_of(fn: object, corpus: list[bytes], rounds: int) -> float:
    assert callable(fn)
    best = float("inf")
    for _ in range(rounds):
        t0 = time.perf_counter()
        fn(corpus)
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--dir", default="tests/data/maia/dev", type=Path)
    ap.add_argument("--rounds", default=5, type=int)
    args = ap.parse_args()
    corpus = [p.read_bytes() for p in sorted(args.dir.glob("*.eml"))]
    if not corpus:
        raise SystemExit(f"no .eml files in {args.dir}")
    maia(corpus[:5])  # warm the regex caches
    t_base = best_of(baseline, corpus, args.rounds)
    t_maia = best_of(maia, corpus, args.rounds)
    n = len(corpus)
    print(f"corpus: {n} replies from {args.dir}")
    print(f"baseline email parse+decode: {n / t_base:8.1f} replies/s")
    print(f"maia rules engine:           {n / t_maia:8.1f} replies/s")
    print(f"ratio (maia time / baseline time): {t_maia / t_base:.1f}x")


if __name__ == "__main__":
    main()
