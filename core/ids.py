"""Distinct id types, so a customer id cannot be passed where a tenant id is expected."""

from __future__ import annotations

from typing import NewType
from uuid import UUID

TenantId = NewType("TenantId", UUID)
UserId = NewType("UserId", UUID)
CustomerId = NewType("CustomerId", UUID)
ContactId = NewType("ContactId", UUID)
DocumentId = NewType("DocumentId", UUID)
InboundMessageId = NewType("InboundMessageId", UUID)
ReplyId = NewType("ReplyId", UUID)
