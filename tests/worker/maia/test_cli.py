"""`relance maia parse` and `relance maia eval` through typer's runner."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from cli.maia import app

EML = (
    b"From: Tom <tom@c.example>\r\nTo: ar@s.example\r\nSubject: RE: Reminder INV-10233\r\n"
    b"Date: Mon, 02 Nov 2026 10:00:00 +0000\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
    b"INV-10233 (\xc2\xa31,240.20) will be paid next Friday.\r\n\r\nKind regards,\r\nTom\r\n"
)


def test_parse_prints_one_json_object(tmp_path: Path) -> None:
    eml = tmp_path / "r.eml"
    eml.write_bytes(EML)
    docs = tmp_path / "docs.txt"
    docs.write_text("INV-10233\nINV-10240\n")
    out = CliRunner().invoke(app, ["parse", str(eml), "--documents", str(docs)])
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert data["intents"] == ["promise_to_pay"]
    assert data["promise_date"] == "2026-11-06"
    assert data["amount"] == 1240.2 and data["currency"] == "GBP"
    assert data["documents"] == ["INV-10233"]
    assert data["document_matches"][0]["document_id"] == "INV-10233"
    assert data["auto_submitted"] is False and data["language"] == "en"
    assert data["reply_text"] == "INV-10233 (£1,240.20) will be paid next Friday. Kind regards, Tom"
    assert data["summary"]


def test_parse_claude_without_key_falls_back(tmp_path: Path) -> None:
    eml = tmp_path / "r.eml"
    eml.write_bytes(EML)
    out = CliRunner(env={"ANTHROPIC_API_KEY": ""}).invoke(
        app, ["parse", str(eml), "--engine", "claude"]
    )
    data = json.loads(out.output)
    assert data["engine"] == "rules" and "not configured" in data["engine_note"]


def test_eval_json_from_parts(tmp_path: Path) -> None:
    (tmp_path / "parts").mkdir()
    (tmp_path / "r.eml").write_bytes(EML)
    label = {
        "file": "r.eml",
        "language": "en",
        "intents": ["promise_to_pay"],
        "promise_date": "2026-11-06",
        "amount": 1240.2,
        "currency": "GBP",
        "documents": ["INV-10233"],
        "reply_text": "INV-10233 (£1,240.20) will be paid next Friday. Kind regards, Tom",
        "auto_submitted": False,
    }
    (tmp_path / "parts" / "en.json").write_text(json.dumps([label]))
    out = CliRunner().invoke(app, ["eval", str(tmp_path), "--json"])
    assert out.exit_code == 0, out.output
    report = json.loads(out.output)
    assert report["overall"]["intent_exact"] == 1.0 and report["overall"]["document_f1"] == 1.0
    table = CliRunner().invoke(app, ["eval", str(tmp_path)])
    assert "MAIA evaluation" in table.output
