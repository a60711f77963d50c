"""SMTP/LMTP reply texts, each with its RFC 3463 enhanced status code, in one place.

Every refusal of an address uses the same `R550_NO_MAILBOX` text whatever part of the
address was wrong, so the gateway never tells an outsider which part to guess next.
"""

from __future__ import annotations

from typing import Final

R250_SENDER_OK: Final = "250 2.1.0 Sender OK"
R250_RECIPIENT_OK: Final = "250 2.1.5 Recipient OK"
R250_ACCEPTED: Final = "250 2.0.0 Message accepted for delivery"
R421_SHUTTING_DOWN: Final = "421 4.3.2 Service shutting down, try again later"
R421_TOO_MANY_CONNECTIONS: Final = "421 4.7.0 Too many connections, try again later"
R421_RATE_LIMITED: Final = "421 4.7.0 Too much traffic from your address, closing connection"
R421_TIMEOUT: Final = "421 4.4.2 Connection timed out, closing"
R451_LOCAL_ERROR: Final = "451 4.3.0 Temporary local problem, try again later"
R452_TOO_MANY_RECIPIENTS: Final = "452 4.5.3 Too many recipients"
R503_NEED_RCPT: Final = "503 5.5.1 Need RCPT command first"
R501_DATA_SYNTAX: Final = "501 5.5.4 Syntax: DATA"
R550_NO_MAILBOX: Final = "550 5.1.1 No such recipient here"
R552_TOO_BIG: Final = "552 5.3.4 Message too big for this system"
R554_LOOP: Final = "554 5.4.6 Mail loop detected"
