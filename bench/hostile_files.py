"""Hostile files and LibreOffice (issue 27, part B): for each attack, what reading it costs — CPU seconds and peak
resident memory of a fresh process that reads it — and how it ends; then what a hostile .doc makes LibreOffice
fetch from a loopback server, and what a worker killed in the middle of a conversion leaves behind; then what the
limits cost an ordinary PDF (the three reports of tests/data/reports/make_pdfs.py).

The same script measures another checkout with its own code (`--root /work/main` with that checkout's Python),
so before and after are measured on one machine with the same files:

    .venv/bin/python bench/hostile_files.py
    /work/main/.venv/bin/python bench/hostile_files.py --root /work/main
"""
from __future__ import annotations

import argparse
import http.server
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(HERE)]

from tests.test_hostile_office import hostile_page  # noqa: E402
from tests.test_hostile_pdf import flate_bomb, one_page, pdf, stream  # noqa: E402
from tests.test_hostile_readers import W, docx_with  # noqa: E402

MEMORY = 6 * 1024  # MB of address space for each reading: room to show the unbounded peak before the limits
CPU = 60  # CPU seconds for each reading (the upload worker's limit): past it the reading is stopped


def cases() -> dict[str, tuple[str, bytes]]:
    import zlib
    form = stream(zlib.compress(b"BT /F1 1 Tf (" + b"a" * 5000 + b") Tj ET"),
                  b"/Filter /FlateDecode /Type /XObject /Subtype /Form /BBox [0 0 595 842] "
                  b"/Resources << /Font << /F1 5 0 R >> >>")
    forms = pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                 b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                 b"/Resources << /Font << /F1 5 0 R >> /XObject << /X1 6 0 R >> >> /Contents 4 0 R >>",
                 stream(zlib.compress(b"/X1 Do " * 600)),
                 b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>", form])
    n = 5000
    pages = pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                 b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % (4 + k) for k in range(n)), n),
                 stream(zlib.compress(b"BT /F1 12 Tf 72 720 Td (x) Tj ET")),
                 *[b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R >>"] * n])
    body = ("<w:document " + W + "><w:body>" + "<w:p><w:r><w:t>一</w:t></w:r></w:p>" * 350_000
            + "</w:body></w:document>").encode()
    return {
        "PDF, one flate stream of 2 GB": (".pdf", one_page(stream(flate_bomb(2048)))),
        "PDF, a page of 3 M characters": (".pdf", one_page(stream(zlib.compress(
            b"BT /F1 1 Tf 10 10 Td (" + b"a" * 3_000_000 + b") Tj ET", 9)))),
        "PDF, a form of 5 000 characters drawn 600 times": (".pdf", forms),
        "PDF, 5 000 pages": (".pdf", pages),
        ".docx of 350 000 paragraphs": (".docx", docx_with(body)),
    }


READ = """
import resource, sys, time
resource.setrlimit(resource.RLIMIT_AS, ({memory} * 2**20,) * 2)
resource.setrlimit(resource.RLIMIT_CPU, ({cpu}, {cpu} + 5))
sys.path.insert(0, {root!r})
from assistant.parse import parse_file
from assistant.readers.blocks import Unreadable
try:
    parse_file(sys.argv[1])
    print("read")
except Unreadable as e:
    print("refused:", e)
except MemoryError:
    print("MemoryError")
"""


def child(root: Path, code: str, *args: str) -> tuple[float, float, str]:
    """(CPU seconds, peak RSS in MB, first line printed) of a fresh Python process."""
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            cwd=root, text=True)
    out, err = proc.stdout.read(), proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = 0
    said = out.strip() or (err.strip().splitlines() or ["?"])[-1]
    if os.WIFSIGNALED(status):
        which = signal.Signals(os.WTERMSIG(status)).name
        said = f"stopped by the {CPU} s CPU limit, unfinished" if which in ("SIGXCPU", "SIGKILL") else \
            f"killed by {which}"
    elif os.WEXITSTATUS(status) and not out.strip():
        said = f"exit {os.WEXITSTATUS(status)}: {said}"
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, said[:100]


def measure(root: Path, path: Path) -> tuple[float, float, str]:
    """(CPU seconds beyond the imports, peak RSS in MB, outcome) of a fresh process reading `path`."""
    code = READ.format(memory=MEMORY, cpu=CPU, root=str(root))
    imports, _, _ = child(root, code.replace("parse_file(sys.argv[1])", "pass"), "x")
    cpu, peak, outcome = child(root, code, str(path))
    return cpu - imports, peak, outcome


def office(root: Path) -> None:
    if shutil.which("soffice") is None:
        print("LibreOffice: not installed, not measured")
        return
    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            hits.append(self.path)
            self.send_response(404)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    f = Path(tempfile.mkdtemp()) / "hostile.doc"
    f.write_bytes(hostile_page(base))
    code = f"import sys; sys.path.insert(0, {str(root)!r})\n" \
           "from assistant.readers.pdf import read_legacy_word\n" \
           "from pathlib import Path\n" \
           "try:\n    read_legacy_word(Path(sys.argv[1]).read_bytes(), '.doc')\nexcept Exception as e:\n    print(e)"
    subprocess.run([sys.executable, "-c", code, str(f)], capture_output=True, cwd=root)
    print(f"LibreOffice on a .doc naming 6 URLs on a loopback server: {len(hits)} requests reached it "
          f"({', '.join(sorted(set(hits))) or 'none'})")
    server.shutdown()

    # A worker killed while LibreOffice converts, as the upload pool kills one at its limit (SIGKILL, then the
    # pool's clean-up where the checkout has one): what is left running and on disk.
    big = ("<html><body>" + "<p>政府信息公开工作年度报告。</p>" * 200_000 + "</body></html>").encode()
    f.write_bytes(big)
    before = set(Path(tempfile.gettempdir()).glob("nianbao-soffice-*"))
    running = {pid for pid in os.listdir("/proc") if pid.isdigit() and _soffice(pid)}
    code = f"import sys; sys.path.insert(0, {str(root)!r})\n" \
           "from assistant.readers.pdf import read_legacy_word\n" \
           "read_legacy_word(open(sys.argv[1], 'rb').read(), '.doc')"
    worker = subprocess.Popen([sys.executable, "-c", code, str(f)], cwd=root, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not any(
            _soffice(pid, b"soffice.bin") for pid in os.listdir("/proc") if pid.isdigit() and pid not in running):
        time.sleep(0.1)
    worker.kill()
    worker.wait()
    subprocess.run([sys.executable, "-c", f"import sys; sys.path.insert(0, {str(root)!r})\n"
                    "try:\n    from assistant.readers.office import reap\nexcept ImportError:\n    pass\n"
                    f"else:\n    reap({worker.pid})"], cwd=root)
    time.sleep(3)  # the kernel's own clean-up of what died with the worker
    left = [pid for pid in os.listdir("/proc") if pid.isdigit() and pid not in running and _soffice(pid)]
    dirs = [d for d in Path(tempfile.gettempdir()).glob("nianbao-soffice-*") if d not in before]
    print(f"a worker killed while soffice converts: {len(left)} soffice processes and {len(dirs)} "
          "temporary directories left behind")
    for pid in left:  # the bench leaves nothing running either
        try:
            os.kill(int(pid), signal.SIGKILL)
        except OSError:
            pass
    for d in dirs:
        shutil.rmtree(d, ignore_errors=True)
    shutil.rmtree(f.parent, ignore_errors=True)


def _soffice(pid: str, also: bytes = b"") -> bool:
    try:
        cmd = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False
    return b"nianbao-soffice-" in cmd and also in cmd


def ordinary(root: Path, rounds: int) -> None:
    out = Path(tempfile.mkdtemp())
    maker = HERE / "tests" / "data" / "reports" / "make_pdfs.py"
    subprocess.run([sys.executable, str(maker), str(out)], capture_output=True, cwd=root)
    files = sorted(out.glob("*.pdf"))
    if not files:
        print("ordinary PDFs: not measured (make_pdfs.py wrote none)")
        return
    code = f"import sys, time; sys.path.insert(0, {str(root)!r})\n" \
           "from assistant.readers.registry import read_path\n" \
           "for f in sys.argv[1:]: read_path(f)\n" \
           f"t = time.process_time()\nfor _ in range({rounds}):\n    for f in sys.argv[1:]: read_path(f)\n" \
           f"print((time.process_time() - t) * 1000 / {rounds * len(files)})"
    done = subprocess.run([sys.executable, "-c", code, *map(str, files)], capture_output=True, text=True, cwd=root)
    print(f"ordinary PDFs ({len(files)} reports, {rounds} rounds): {float(done.stdout):.0f} ms CPU per file read")
    shutil.rmtree(out, ignore_errors=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", type=Path, default=HERE, help="the checkout whose code reads the files")
    ap.add_argument("--rounds", type=int, default=5)
    o = ap.parse_args()
    root = o.root.resolve()
    work = Path(tempfile.mkdtemp())
    print(f"code of {root}")
    for name, (suffix, data) in cases().items():
        path = work / f"case{suffix}"
        path.write_bytes(data)
        cpu, peak, outcome = measure(root, path)
        print(f"{name} ({len(data) / 1024:.0f} KB): {cpu:.2f} s CPU, peak {peak:.0f} MB — {outcome}")
        path.unlink()
    shutil.rmtree(work, ignore_errors=True)
    office(root)
    ordinary(root, o.rounds)


if __name__ == "__main__":
    main()
