"""Capture addresses: round trips, case-insensitivity, token strength and comparison."""

from __future__ import annotations

import base64

from hypothesis import given
from hypothesis import strategies as st

from core.capture import (
    TOKEN_BYTES,
    capture_address,
    decode_customer_number,
    encode_customer_number,
    inbox_address,
    new_token,
    parse_address,
    token_matches,
)

DOMAIN = "reply.relance.test"
numbers = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40)


@given(numbers)
def test_customer_numbers_round_trip_through_case_folding(number: str) -> None:
    encoded = encode_customer_number(number)
    assert all(c.isascii() and (c.isalnum() or c in "-_") for c in encoded)
    assert "." not in encoded and "@" not in encoded
    for variant in (encoded, encoded.upper(), encoded.swapcase()):
        assert decode_customer_number(variant) == number


@given(numbers)
def test_addresses_parse_back(number: str) -> None:
    token = new_token()
    address = capture_address("acme-co", number, token, DOMAIN)
    for variant in (address, address.upper(), f"<{address}>"):
        parsed = parse_address(variant, DOMAIN)
        assert parsed is not None
        assert (parsed.kind, parsed.tenant_slug, parsed.customer_number) == (
            "capture",
            "acme-co",
            number,
        )
        assert token_matches(parsed.token, token)


def test_plain_numbers_stay_readable() -> None:
    assert capture_address(
        "mycompany", "1", "m1hi7wxyl2o9g0vz"[:0] + "abcdefghijklmnop", DOMAIN
    ) == ("capture.mycompany.1.abcdefghijklmnop@reply.relance.test")
    assert encode_customer_number("c-1042") == "c-1042"
    assert encode_customer_number("C-1042").startswith("_")  # upper case would be folded away


def test_tokens_carry_80_bits_and_differ() -> None:
    tokens = {new_token() for _ in range(1000)}
    assert len(tokens) == 1000
    token = tokens.pop()
    assert len(token) == 16
    assert len(base64.b32decode(token.upper())) == TOKEN_BYTES == 10


def test_other_addresses_do_not_parse() -> None:
    token = new_token()
    good = capture_address("acme", "1", token, DOMAIN)
    for bad in (
        good.replace(DOMAIN, "elsewhere.test"),
        good.replace("capture.", "captur."),
        good.replace(token, token[:-1]),
        good.replace(token, token[:-1] + "1"),  # 1 is not in the base32 alphabet
        "capture.acme.1@" + DOMAIN,
        "capture.acme._zz.x.y@" + DOMAIN,
        "capture.-acme.1." + token + "@" + DOMAIN,
        "postmaster@" + DOMAIN,
        "",
        "@",
    ):
        assert parse_address(bad, DOMAIN) is None, bad


def test_non_canonical_encodings_are_refused() -> None:
    # "1" must be written plainly; its base32 spelling would be a second address for it.
    assert decode_customer_number("_ge") is None


def test_inbox_addresses() -> None:
    token = new_token()
    parsed = parse_address(inbox_address("acme", token, DOMAIN).upper(), DOMAIN)
    assert parsed is not None and parsed.kind == "inbox" and parsed.customer_number is None


def test_token_comparison() -> None:
    token = new_token()
    assert token_matches(token.upper(), token)
    assert not token_matches(token, new_token())
    assert not token_matches(token, None)
    assert not token_matches(token, "")
