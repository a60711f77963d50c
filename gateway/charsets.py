"""Lenient decoding of bytes and header fields in whatever charset mail declares.

Mail in the wild declares charsets Python does not know, or the wrong one. RFC 2045 section 4
makes the declared charset authoritative, so it is tried first; then UTF-8 (RFC 6532 allows
raw UTF-8 headers; many senders mislabel it); then the declared charset with replacement; and
latin-1, which decodes any byte, last. Decoding never raises.
"""

from __future__ import annotations

import codecs
import email.header
import re
from typing import Final

# Labels whose real-world content is a superset charset (the WHATWG Encoding Standard maps them
# the same way, because that is what mail and web senders actually produce).
_SUPERSETS: Final = {
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "ks_c_5601-1987": "cp949",
    "euc-kr": "cp949",
    "shift_jis": "cp932",
    "x-sjis": "cp932",
    "iso-8859-9": "cp1254",
    "tis-620": "cp874",
}
_WHITESPACE = re.compile(r"\s*\r?\n\s*")


def text_codec(charset: str | None) -> str | None:
    """The Python codec for a declared charset, or None when unknown or not a text encoding."""
    if not charset:
        return None
    label = charset.strip().strip("\"'").lower()
    label = _SUPERSETS.get(label, label)
    try:
        info = codecs.lookup(label)
    except (LookupError, ValueError):
        return None
    # Refuse bytes-to-bytes codecs (base64, zlib, rot13...) that a sender could name.
    if not getattr(info, "_is_text_encoding", True):
        return None
    return info.name


def decode_bytes(data: bytes, charset: str | None) -> str:
    """Decode `data` declared as `charset`, never raising."""
    codec = text_codec(charset)
    if codec is not None:
        try:
            return data.decode(codec)
        except (UnicodeDecodeError, LookupError, ValueError, TypeError):
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if codec is not None:
        try:
            return data.decode(codec, errors="replace")
        except (LookupError, ValueError, TypeError):
            pass
    return data.decode("latin-1")


def unescape(value: str) -> str:
    """Turn surrogate-escaped 8-bit header bytes (how `email` keeps them) back into text."""
    try:
        raw = value.encode("ascii", "surrogateescape")
    except UnicodeEncodeError:
        return value
    if raw.isascii():
        return value
    return decode_bytes(raw, "utf-8")


def decode_header_value(value: str) -> str:
    """Decode RFC 2047 encoded-words leniently and unfold (RFC 5322 section 2.2.3)."""
    text = unescape(value)
    try:
        parts = email.header.decode_header(text)
    except Exception:  # email.header raises HeaderParseError and others on hostile input
        return _WHITESPACE.sub(" ", text).strip()
    decoded: list[str] = []
    for chunk, charset in parts:
        if isinstance(chunk, bytes):
            decoded.append(decode_bytes(chunk, charset))
        else:
            decoded.append(chunk)
    # decode_header drops the whitespace between an encoded word and plain text; rebuild it
    # the way make_header does: plain chunks keep their own spacing.
    joined = ""
    for index, piece in enumerate(decoded):
        is_encoded = isinstance(parts[index][0], bytes) and parts[index][1] is not None
        if joined and is_encoded and not joined.endswith(" ") and index > 0:
            previous_encoded = isinstance(parts[index - 1][0], bytes) and parts[index - 1][1]
            if not previous_encoded:
                joined += " "
        joined += piece
    return _WHITESPACE.sub(" ", joined).strip()
