"""Per-client and global limits: connection counts and token buckets for commands and bytes.

Limits are keyed by the real client address (after a PROXY header), so every connection of
one client shares one budget: reconnecting does not refill it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Final

MAX_TRACKED_IDLE: Final = 10_000
# Bytes of commands a transaction may need on top of its message in one burst.
COMMAND_SLACK: Final = 4096


class TokenBucket:
    """`rate` tokens per second, at most `capacity` saved up."""

    def __init__(
        self, rate: float, capacity: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.rate = rate
        self.capacity = capacity
        self.tokens = capacity
        self.clock = clock
        self.stamp = clock()

    def take(self, amount: float) -> bool:
        """Spend `amount` tokens if there are enough; False (nothing spent) otherwise."""
        now = self.clock()
        self.tokens = min(self.capacity, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        if self.tokens < amount:
            return False
        self.tokens -= amount
        return True

    def full(self) -> bool:
        """Whether the bucket has refilled completely (the client has been quiet long enough)."""
        self.take(0)
        return self.tokens >= self.capacity


class ClientBudget:
    """The budgets one client address shares across its connections."""

    def __init__(self, commands: TokenBucket, data: TokenBucket) -> None:
        self.commands = commands
        self.data = data
        self.connections = 0


class Limits:
    """Connection counts and per-client budgets of one gateway (all listeners together)."""

    def __init__(
        self,
        *,
        max_connections: int,
        max_connections_per_ip: int,
        commands_per_second: float,
        bytes_per_second: float,
        max_message_size: int,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.max_connections = max_connections
        self.max_connections_per_ip = max_connections_per_ip
        self.commands_per_second = commands_per_second
        self.bytes_per_second = bytes_per_second
        # One full-size message may always arrive in one burst: the byte budget is meant to
        # stop a client that keeps sending, not a large attachment on a fast link.
        self.byte_capacity = max(bytes_per_second, float(max_message_size) + COMMAND_SLACK)
        self.clock = clock
        self.total = 0
        self.clients: dict[str, ClientBudget] = {}

    def open(self, address: str) -> ClientBudget | None:
        """Count a new connection from `address`; None when over a limit (answer 421)."""
        if self.total >= self.max_connections:
            return None
        budget = self.clients.get(address)
        if budget is None:
            if len(self.clients) > MAX_TRACKED_IDLE:
                self._prune()
            budget = ClientBudget(
                TokenBucket(
                    self.commands_per_second, max(self.commands_per_second, 10.0), self.clock
                ),
                TokenBucket(self.bytes_per_second, self.byte_capacity, self.clock),
            )
            self.clients[address] = budget
        if budget.connections >= self.max_connections_per_ip:
            return None
        budget.connections += 1
        self.total += 1
        return budget

    def close(self, address: str) -> None:
        """Forget one connection of `address`."""
        budget = self.clients.get(address)
        if budget is None:
            return
        budget.connections -= 1
        self.total -= 1
        if budget.connections <= 0 and budget.commands.full() and budget.data.full():
            del self.clients[address]

    def _prune(self) -> None:
        for address in [
            a
            for a, b in self.clients.items()
            if b.connections <= 0 and b.commands.full() and b.data.full()
        ]:
            del self.clients[address]
