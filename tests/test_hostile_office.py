"""LibreOffice on a hostile upload (issue 27): a .doc that is a web page naming URLs on a loopback server of the
test reaches none of them; LibreOffice sees none of the app's secrets; a worker killed in the middle of a
conversion leaves no soffice process and no temporary directory behind."""
from __future__ import annotations

import http.server
import os
import shutil
import tempfile
import threading
from pathlib import Path

import pytest

from assistant.readers import office

pytestmark = pytest.mark.skipif(office.soffice() is None, reason="LibreOffice is not installed")

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture()
def listener():
    """A loopback HTTP server that records every request it gets: (base URL, the paths requested)."""
    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (the stdlib's name)
            hits.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.end_headers()

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}", hits
    server.shutdown()
    server.server_close()


def hostile_page(base: str) -> bytes:
    return f"""<html><head><link rel="stylesheet" href="{base}/style.css">
<meta http-equiv="refresh" content="0; url={base}/refresh"></head><body>
<p>某某县人民政府2024年政府信息公开工作年度报告</p>
<img src="{base}/beacon.png"><iframe src="{base}/frame.html"></iframe>
<table><tr><td background="{base}/cell.png">政府信息公开申请</td></tr></table>
<object data="{base}/object.bin"></object>
</body></html>""".encode("utf-8")


def leftovers(before: set[str]) -> tuple[list[str], list[str]]:
    """soffice processes and sandbox directories that were not there before."""
    procs = []
    for pid in os.listdir("/proc"):
        if pid.isdigit():
            try:
                cmd = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode("utf-8", "replace")
            except OSError:
                continue
            if office.PREFIX in cmd:
                procs.append(cmd)
    dirs = [str(p) for p in Path(tempfile.gettempdir()).glob(office.PREFIX + "*") if str(p) not in before]
    return procs, dirs


def sandboxes() -> set[str]:
    return {str(p) for p in Path(tempfile.gettempdir()).glob(office.PREFIX + "*")}


def test_a_doc_naming_urls_on_a_loopback_server_reaches_none_of_them(listener):
    base, hits = listener
    from assistant.readers.pdf import read_legacy_word
    before = sandboxes()
    blocks = read_legacy_word(hostile_page(base), ".doc")
    assert any("政府信息公开" in getattr(b, "text", "") for b in blocks)  # it was converted and read
    assert hits == []
    assert leftovers(before) == ([], [])


def test_the_profile_alone_keeps_libreoffice_off_the_network(listener, monkeypatch):
    """Where no namespace can be made (a container without user namespaces), the profile still holds."""
    base, hits = listener
    monkeypatch.setattr(office, "namespace_prefix", lambda: ())
    from assistant.readers.pdf import read_legacy_word
    read_legacy_word(hostile_page(base), ".doc")
    assert hits == []


def test_libreoffice_sees_none_of_the_apps_secrets(tmp_path, monkeypatch):
    """A stand-in `soffice` first on PATH writes down the environment it was given."""
    fake = tmp_path / "bin" / "soffice"
    fake.parent.mkdir()
    fake.write_text(f"#!/bin/sh\nenv > {tmp_path / 'env.txt'}\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake.parent}:{os.environ['PATH']}")
    monkeypatch.setenv("NIANBAO_LLM_API_KEY", "sk-secret-of-the-app")
    monkeypatch.setenv("OPENAI_API_KEY", "sk-another-secret")
    with pytest.raises(office.OfficeFailed):  # it wrote nothing
        office.convert(b"<html><body>x</body></html>", ".doc", "docx:MS Word 2007 XML", 60)
    seen = (tmp_path / "env.txt").read_text()
    assert "sk-" not in seen and "NIANBAO_" not in seen
    assert {line.split("=", 1)[0] for line in seen.splitlines()} - {"PWD", "SHLVL", "_", "OLDPWD"} <= \
        set(office.clean_env(tmp_path))


def test_a_worker_killed_while_converting_leaves_no_soffice_and_no_files():
    """The worker starts a conversion and is SIGKILLed while soffice runs (tests/hostile_tasks.py); its
    parent reaps what it left."""
    from assistant.review import isolate
    before = sandboxes()
    from tests.hostile_tasks import convert_then_die
    [(status, why)] = isolate.run(convert_then_die, [()], workers=1, seconds=120)
    assert status == "error" and "意外退出" in why
    assert leftovers(before) == ([], [])



@pytest.mark.parametrize("namespaces", [True, False], ids=["own namespaces", "process group only"])
def test_a_conversion_past_its_time_takes_its_whole_process_tree_with_it(tmp_path, monkeypatch, namespaces):
    """A stand-in `soffice` that never ends and starts a child of its own: both are gone once convert gives up."""
    if not namespaces:
        monkeypatch.setattr(office, "namespace_prefix", lambda: ())
    marker = "1000.27"  # a sleep only this test starts
    fake = tmp_path / "bin" / "soffice"
    fake.parent.mkdir()
    fake.write_text(f"#!/bin/sh\nsleep {marker} &\nsleep {marker}\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake.parent}:{os.environ['PATH']}")
    before = sandboxes()
    with pytest.raises(TimeoutError):
        office.convert(b"x", ".doc", "docx", timeout=1)
    alive = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            cmd = Path(f"/proc/{pid}/cmdline").read_bytes()
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if marker.encode() in cmd and state != "Z":
            alive.append(pid)
    assert alive == [] and leftovers(before) == ([], [])
