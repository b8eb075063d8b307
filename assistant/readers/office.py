"""LibreOffice (`soffice --headless --convert-to`) run as untrusted code: an uploaded .doc/.wps (often a web page
saved as .doc) is parsed by it, so it gets

- no network: a network namespace of its own (`unshare -n`, or `unshare -rn` as an ordinary user) where the
  kernel offers it, and in any case a profile that never loads remote resources or runs macros;
- a clean environment: PATH, a HOME and TMPDIR of its own, a locale — never the app's (the LLM API key);
- its whole process tree killed with it: a PID namespace whose init dies with `unshare` (which dies with its
  parent), else its own process group, killed on every way out; and `reap(pid)` lets the parent of a killed
  worker kill what that worker started and remove its files;
- its files in one temporary directory, named after the process that made it, removed afterwards.
"""
from __future__ import annotations

import ctypes
import functools
import os
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path

PREFIX = "nianbao-soffice-"

# Remote content off (links, pictures, OLE, DDE, macros), whatever the file asks for. Keys of LibreOffice 7.x.
_PROFILE = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema"
           xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="BlockUntrustedRefererLinks" oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="MacroSecurityLevel" oor:op="fuse"><value>3</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="DisableMacrosExecution" oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="DisableActiveContent" oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="UseLocking" oor:op="fuse"><value>false</value></prop></item>
<item oor:path="/org.openoffice.Office.Writer/Content/Update"><prop oor:name="Link" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Content/Update"><prop oor:name="Link" oor:op="fuse"><value>1</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Internet"><prop oor:name="ooInetProxyType" oor:op="fuse"><value>2</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Internet"><prop oor:name="ooInetHTTPProxyName" oor:op="fuse"><value>0.0.0.0</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Internet"><prop oor:name="ooInetHTTPProxyPort" oor:op="fuse"><value>9</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Internet"><prop oor:name="ooInetHTTPSProxyName" oor:op="fuse"><value>0.0.0.0</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Internet"><prop oor:name="ooInetHTTPSProxyPort" oor:op="fuse"><value>9</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Internet"><prop oor:name="ooInetNoProxy" oor:op="fuse"><value></value></prop></item>
</oor:items>
"""


class OfficeFailed(RuntimeError):
    """LibreOffice did not produce the file (the message says why, in Chinese)."""


class OfficeMissing(OfficeFailed):
    """LibreOffice is not installed."""


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


@functools.lru_cache(maxsize=1)
def namespace_prefix() -> tuple[str, ...]:
    """The `unshare` command that gives a child no network and its own PID namespace, as this machine allows
    (() when none does: then only the profile keeps LibreOffice off the network)."""
    exe = shutil.which("unshare")
    if exe is None:
        return ()
    for flags in (("--net",), ("--map-root-user", "--net")):
        cmd = (exe, *flags, "--pid", "--fork", "--kill-child")
        try:
            ok = subprocess.run([*cmd, "true"], capture_output=True, timeout=10).returncode == 0
        except (OSError, subprocess.SubprocessError):
            ok = False
        if ok:
            return cmd
    return ()


@functools.lru_cache(maxsize=1)
def _prctl():
    try:
        return ctypes.CDLL(None, use_errno=True).prctl  # looked up before fork: the child only calls it
    except (OSError, AttributeError):
        return None


def _die_with_parent(prctl) -> None:
    """In the child before exec: SIGKILL when the process that started it dies (PR_SET_PDEATHSIG)."""
    if prctl is not None:
        prctl(1, signal.SIGKILL)


def clean_env(work: Path) -> dict[str, str]:
    return {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": str(work / "home"), "TMPDIR": str(work / "tmp"),
            "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "SAL_USE_VCLPLUGIN": "svp",
            # a proxy that is never there: what LibreOffice fetches through libcurl fails at once
            **{k: "http://127.0.0.1:9" for k in ("http_proxy", "https_proxy", "ftp_proxy", "all_proxy")},
            "no_proxy": ""}


def convert(data: bytes, suffix: str, target: str, timeout: float) -> bytes:
    """`data` (a file ending in `suffix`) converted by LibreOffice to `target` (e.g. "docx",
    "pdf:writer_pdf_Export"). OfficeMissing without LibreOffice, OfficeFailed when it writes nothing,
    TimeoutError past `timeout` seconds; its processes and files are gone in every case."""
    exe = soffice()
    if exe is None:
        raise OfficeMissing("未安装 LibreOffice")
    work = Path(tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-"))
    proc = None
    try:
        for d in ("home", "tmp", "out", "profile/user"):
            (work / d).mkdir(parents=True)
        (work / "profile" / "user" / "registrymodifications.xcu").write_text(_PROFILE, encoding="utf-8")
        source = work / f"report{suffix}"
        source.write_bytes(data)
        cmd = [*namespace_prefix(), exe, f"-env:UserInstallation={(work / 'profile').as_uri()}", "--headless",
               "--norestore", "--nolockcheck", "--nodefault", "--nologo", "--convert-to", target,
               "--outdir", str(work / "out"), str(source)]
        with open(work / "stderr", "wb") as err:  # a file, not a pipe: whatever it prints costs no memory here
            proc = subprocess.Popen(cmd, cwd=work, env=clean_env(work), stdin=subprocess.DEVNULL,
                                    stdout=subprocess.DEVNULL, stderr=err, start_new_session=True,
                                    preexec_fn=functools.partial(_die_with_parent, _prctl()))
        (work / "pgid").write_text(str(proc.pid))
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            raise TimeoutError(timeout) from None
        out = work / "out" / f"report.{target.split(':', 1)[0]}"
        if not out.exists():
            with open(work / "stderr", "rb") as err:
                err.seek(max(0, (work / "stderr").stat().st_size - 600))
                detail = err.read().decode("utf-8", "replace").strip()[-300:]
            raise OfficeFailed(f"退出码 {proc.returncode}：{detail or '无输出'}")
        return out.read_bytes()
    finally:
        if proc is not None:
            _kill_group(proc.pid)
            proc.wait()
        shutil.rmtree(work, ignore_errors=True)


def _kill_group(pgid: int, wait: float = 5.0) -> None:
    """SIGKILL to the whole process group, then wait (a little) until it is gone, so that nothing it ran is
    still there when the caller goes on."""
    try:
        os.killpg(pgid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        return
    until = time.monotonic() + wait
    while time.monotonic() < until:
        try:
            os.killpg(pgid, 0)
        except (ProcessLookupError, PermissionError):
            return
        try:
            os.waitpid(-pgid, os.WNOHANG)  # our own child in the group: reaped, not left a zombie
        except ChildProcessError:
            pass
        time.sleep(0.02)


def reap(pid: int) -> None:
    """What a killed process `pid` left running and on disk: its LibreOffice process groups killed, their
    directories removed (its parent calls this; the process itself had no chance to)."""
    for work in Path(tempfile.gettempdir()).glob(f"{PREFIX}{pid}-*"):
        try:
            _kill_group(int((work / "pgid").read_text()))
        except (OSError, ValueError):
            pass
        shutil.rmtree(work, ignore_errors=True)
