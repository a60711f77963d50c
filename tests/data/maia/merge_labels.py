"""Merge DIR/parts/*.json into DIR/labels.json, sorted by file (run it on dev only)."""

from __future__ import annotations

import json
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    """python tests/data/maia/merge_labels.py tests/data/maia/dev"""
    if len(argv) != 2:
        print("usage: merge_labels.py DIR", file=sys.stderr)
        return 2
    directory = Path(argv[1])
    merged: list[dict[str, object]] = []
    for part in sorted((directory / "parts").glob("*.json")):
        merged.extend(json.loads(part.read_text(encoding="utf-8")))
    files = [str(x["file"]) for x in merged]
    dupes = sorted({f for f in files if files.count(f) > 1})
    if dupes:
        print(f"duplicate files in parts: {', '.join(dupes)}", file=sys.stderr)
        return 1
    merged.sort(key=lambda x: str(x["file"]))
    out = directory / "labels.json"
    out.write_text(json.dumps(merged, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(merged)} labels -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
