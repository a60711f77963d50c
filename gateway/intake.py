"""What the SMTP/LMTP protocol layer needs from storage, as a protocol.

The server (`gateway/server.py`) speaks SMTP and LMTP and verifies, strips and classifies each
message; an `Intake` decides which recipients exist and stores messages durably. The
PostgreSQL implementation lives in `gateway/store.py`; tests of the protocol layer may use a
small in-memory one.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol
from uuid import UUID

import msgspec

if TYPE_CHECKING:
    from gateway.message import ReceivedMessage


class Recipient(msgspec.Struct, frozen=True, kw_only=True):
    """A RCPT TO address that resolved to a capture target."""

    address: str
    tenant_id: UUID
    # None for a tenant's inbox address: the attribution chain decides the customer.
    customer_id: UUID | None


class Delivery(msgspec.Struct, frozen=True, kw_only=True):
    """What storage did with the message for one recipient."""

    recipient: Recipient
    message_id: UUID
    # True when the same message was already stored for the same customer (answered 250 anyway).
    duplicate: bool


class Intake(Protocol):
    """Storage as the protocol layer sees it."""

    async def resolve_recipient(self, address: str) -> Recipient | None:
        """Return the target of a capture/inbox address, or None (the caller answers 550).

        Raises core.errors.TemporaryFailure when the answer cannot be known now (451).
        """
        ...

    async def store(
        self, message: ReceivedMessage, recipients: Sequence[Recipient]
    ) -> list[Delivery]:
        """Commit the message once per customer, then enqueue its jobs; one Delivery each.

        Returns only after the commit. Raises core.errors.TemporaryFailure when PostgreSQL is
        down or slow (the caller answers 451 4.3.0); a failed enqueue is not an error here.
        """
        ...
