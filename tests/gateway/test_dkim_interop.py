"""We verify what an independent DKIM implementation signs (Perl's Mail::DKIM, Debian's
libmail-dkim-perl, which .ci/run installs), not only what dkimpy signs."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from gateway.dkimcheck import verify_signatures
from gateway.dns import MemoryLookup
from tests.gateway.conftest import SELECTOR, SIGNING_DOMAIN, make_message

SIGNER = Path(__file__).parent / "peers" / "dkim_sign.pl"


def _perl_has_mail_dkim() -> bool:
    if shutil.which("perl") is None:
        return False
    probe = subprocess.run(
        ["perl", "-MMail::DKIM::Signer", "-e", "1"], capture_output=True, check=False
    )
    return probe.returncode == 0


pytestmark = pytest.mark.skipif(
    not _perl_has_mail_dkim(), reason="libmail-dkim-perl is not installed (.ci/run installs it)"
)


def perl_sign(raw: bytes, key_file: Path, algorithm: str = "rsa-sha256") -> bytes:
    result = subprocess.run(
        ["perl", str(SIGNER), str(key_file), SIGNING_DOMAIN, SELECTOR, algorithm],
        input=raw,
        capture_output=True,
        check=True,
    )
    return result.stdout


async def test_mail_dkim_signature_verifies(dkim_key: tuple[bytes, str], tmp_path: Path) -> None:
    key_file = tmp_path / "key.pem"
    key_file.write_bytes(dkim_key[0])
    table = MemoryLookup()
    table.add(f"{SELECTOR}._domainkey.{SIGNING_DOMAIN}", "TXT", dkim_key[1])
    signed = perl_sign(make_message(body="Wir zahlen am Freitag.\r\n"), key_file)
    [result] = await verify_signatures(signed, table)
    assert (result.domain, result.result) == (SIGNING_DOMAIN, "pass")
    altered = signed.replace(b"Freitag", b"Montag")
    [result] = await verify_signatures(altered, table)
    assert result.result == "fail"


async def test_rsa_sha1_is_not_accepted(dkim_key: tuple[bytes, str], tmp_path: Path) -> None:
    """RFC 8301: a valid rsa-sha1 signature still does not authenticate the sender."""
    key_file = tmp_path / "key.pem"
    key_file.write_bytes(dkim_key[0])
    table = MemoryLookup()
    table.add(f"{SELECTOR}._domainkey.{SIGNING_DOMAIN}", "TXT", dkim_key[1])
    signed = perl_sign(make_message(), key_file, "rsa-sha1")
    [result] = await verify_signatures(signed, table)
    assert result.result == "permerror" and "rsa-sha1" in result.reason
