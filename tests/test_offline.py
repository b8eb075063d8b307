"""With networking disabled, everything works: ingest, search, draft, check, export and the app starting up.
Any connection attempt (even DNS) raises, so a test pass proves none was made."""
from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

SCRIPT = textwrap.dedent("""
    import socket, sys
    attempts = []
    def refuse(*a, **k):
        attempts.append(a[:2])
        raise OSError("network disabled by the test")
    socket.socket.connect = refuse
    socket.socket.connect_ex = refuse
    socket.create_connection = refuse
    socket.getaddrinfo = refuse
    import os
    os.environ["NIANBAO_DATA_DIR"] = sys.argv[1]
    from pathlib import Path
    from assistant.settings import get_settings
    from assistant.corpus.retrieval import CorpusIndex
    from assistant.drafting import add_notes, draft_all, full_report, new_draft
    from assistant.export import export
    from assistant.parse import parse_bytes
    from assistant.checks.rules import check
    settings = get_settings()
    ix = CorpusIndex(settings)
    assert len(ix.ingest(["corpus"]).added) == 5
    assert ix.search("信息处理费", section=6)
    d, _ = add_notes(new_draft("青石镇人民政府", 2024), "收到政府信息公开申请3件，均为自然人，予以公开3件。本年度未收取信息处理费。")
    d.zero_confirmed = True
    report = full_report(draft_all(d, settings))
    for fmt in ("docx", "html", "md"):
        back = parse_bytes(export(report, fmt), "." + fmt)
        assert back.tables.applications.granted[6] == 3
    check(report)
    from streamlit.testing.v1 import AppTest
    for page in ("ui/draft.py", "ui/check.py", "ui/review.py", "ui/training.py", "ui/settings.py"):
        at = AppTest.from_file("app.py", default_timeout=90)
        at.run()
        if page != "ui/draft.py":
            at.switch_page(page).run()
        assert not at.exception, (page, at.exception)
    assert attempts == [], attempts
    print("offline ok")
""")


def test_everything_runs_with_the_network_disabled(tmp_path):
    p = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path / "data")], capture_output=True, text=True,
                       cwd=ROOT, timeout=300)
    assert p.returncode == 0 and "offline ok" in p.stdout, (p.stdout[-1500:], p.stderr[-3000:])
