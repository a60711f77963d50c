"""Hostile messages through a real SMTP session: the gateway always answers with a proper code."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.gateway.conftest import GOOD, GatewayFactory, RawClient

PROPER = re.compile(r"^(250 2\.0\.0|451 4\.3\.0|552 5\.3\.4|554 5\.4\.6) ")
CHARSETS = st.sampled_from(
    [
        "utf-8",
        "iso-8859-1",
        "x-unknown",
        "utf-7",
        "base64",
        "gb2312",
        "shift_jis",
        "",
        '"',
        "utf-16",
    ]
)
ENCODINGS = st.sampled_from(["7bit", "8bit", "base64", "quoted-printable", "x-uuencode", "bogus"])
TYPES = st.sampled_from(
    [
        "text/plain",
        "text/html",
        "message/rfc822",
        "message/delivery-status",
        "multipart/mixed",
        "multipart/report; report-type=delivery-status",
        "application/pdf",
        "text/rfc822-headers",
        "",
        "multipart/alternative; boundary=",
    ]
)
JUNK = st.binary(max_size=3000)


@st.composite
def mime_part(draw: st.DrawFn, depth: int = 0) -> bytes:
    ctype = draw(TYPES)
    header = (
        f"Content-Type: {ctype}; charset={draw(CHARSETS)}\r\n"
        f"Content-Transfer-Encoding: {draw(ENCODINGS)}\r\n"
    ).encode()
    if draw(st.booleans()):
        header += b'Content-Disposition: attachment; filename="=?' + draw(CHARSETS).encode()
        header += b'?q?f=E9=?="\r\n'
    if ctype.startswith("multipart") and depth < 4:
        boundary = draw(st.sampled_from([b"b", b"", b"--", b"x" * 80]))
        header = header.replace(b"\r\n", b'; boundary="' + boundary + b'"\r\n', 1)
        children = draw(st.lists(mime_part(depth + 1), max_size=3))
        body = b"".join(b"--" + boundary + b"\r\n" + c + b"\r\n" for c in children)
        if draw(st.booleans()):
            body += b"--" + boundary + b"--\r\n"
        return header + b"\r\n" + body
    return header + b"\r\n" + draw(JUNK)


@st.composite
def hostile_message(draw: st.DrawFn) -> bytes:
    kind = draw(st.sampled_from(["junk", "mime", "huge_header", "deep", "encoded_words"]))
    base = b"From: =?x-bogus?q?A=FF?= <a@b.example>\r\nSubject: test\r\nMIME-Version: 1.0\r\n"
    if kind == "junk":
        return draw(JUNK)
    if kind == "mime":
        return base + draw(mime_part())
    if kind == "huge_header":
        size = draw(st.integers(1000, 300_000))
        return base + b"X-Huge: " + b"a" * size + b"\r\nTo: " + b"x@y, " * 2000 + b"\r\n\r\nbody"
    if kind == "deep":
        depth = draw(st.integers(5, 400))
        nest = b"".join(
            b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n' % (i, i)
            for i in range(depth)
        )
        inner = b"Content-Type: message/rfc822\r\n\r\n" * draw(st.integers(0, 50))
        return base + nest + inner + b"Content-Type: text/plain\r\n\r\nhi\r\n"
    words = draw(
        st.lists(
            st.text(max_size=30).map(lambda t: t.encode("utf-8", "surrogatepass")), max_size=20
        )
    )
    header = b" ".join(b"=?" + draw(CHARSETS).encode() + b"?b?" + w + b"?=" for w in words)
    return b"From: " + header + b"\r\nSubject: " + header + b"\r\nDate: " + header + b"\r\n\r\nx"


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(raw=hostile_message())
async def test_gateway_answers_every_hostile_message(
    make_gateway: GatewayFactory, raw: bytes
) -> None:
    gw, intake, _ = await make_gateway(max_message_size=2 * 1024 * 1024)
    c = await RawClient.connect(gw.smtp_port)
    await c.reply()
    await c.cmd("EHLO fuzz.example")
    await c.cmd("MAIL FROM:<fuzz@b.example>")
    await c.cmd(f"RCPT TO:<{GOOD}>")
    assert (await c.cmd("DATA")).startswith("354")
    await c.send_data(raw)
    answer = await c.reply(timeout=30)
    assert PROPER.match(answer), answer
    assert await c.cmd("NOOP") == "250 OK"  # the session is still healthy
    await c.close()
    crashed = gw.registry.get_sample_value(
        "relance_gateway_temporary_failures_total", {"listener": "smtp", "cause": "analysis"}
    )
    assert not crashed
    if answer.startswith("250"):
        assert len(intake.stored) == 1
    await gw.stop(grace=0.5)
