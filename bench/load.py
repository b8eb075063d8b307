"""Load: N simulated users of one deployment working at once — a chat message, a cell edit, drafting a section,
an export — each as the 起草 page does it on a rerun (load the draft from the store as the signed-in user, do the
work, save against the version loaded). The users run as threads of one app process, as Streamlit runs its
sessions; with --replicas 2 they are split over two processes sharing one PostgreSQL (two app replicas behind a
load balancer), optionally with a Chroma server for the corpus instead of the embedded store.

Reported: p50/p95 per action, CPU (app processes' user+system time over wall time) and peak RSS per process;
then every draft is read back: its version must be 1 + the saves its user saw succeed, its history complete,
no save refused as a conflict (each user edits their own body's draft) and no error.

    .venv/bin/python bench/load.py --users 50 --rounds 3                         # one process, SQLite
    .venv/bin/python bench/load.py --users 50 --rounds 3 --db postgresql          # one process, PostgreSQL
    .venv/bin/python bench/load.py --users 50 --rounds 3 --db postgresql --replicas 2 --chroma-server

The LLM is not configured (the offline composer drafts the section, with examples from the corpus index):
the figures are the app's own cost, not a model's latency.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
ACTIONS = ("chat", "cell", "section", "export")
MESSAGES = ("2024年共收到政府信息公开申请12件，均为自然人。予以公开8件，本机关不掌握4件。",
            "行政许可300件，行政处罚20件，行政强制0件。未发生行政复议和行政诉讼。",
            "没有制发规范性文件，现行有效规范性文件5件。本年度未收取信息处理费。",
            "存在问题：栏目更新不及时。下一步将建立更新台账。")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# --- the worker: one app process with its users as threads -------------------------------------------------

def worker(o) -> None:
    os.environ["NIANBAO_DATA_DIR"] = o.data_dir
    if o.chroma_port:
        os.environ["NIANBAO_CHROMA_HOST"], os.environ["NIANBAO_CHROMA_PORT"] = "127.0.0.1", str(o.chroma_port)
    from assistant.drafting import add_notes, full_report, set_cell, stream_section
    from assistant.export import export
    from assistant.store.identity import User
    from assistant.settings import get_settings
    from assistant.store.drafts import Conflict, Store
    settings = get_settings()
    base = Store(o.url)
    users = range(o.first, o.first + o.count)
    times: dict[str, list[float]] = {a: [] for a in ACTIONS}
    saves: dict[str, int] = {}
    conflicts, errors = [], []
    lock = threading.Lock()
    barrier = threading.Barrier(len(users))

    def user(i: int) -> None:
        me = User(f"user{i}", f"用户{i}", f"body{i}", "editor")
        store = base.as_user(me)
        draft_id = f"load-{i}"
        ok = 0
        barrier.wait()
        for r in range(o.rounds):
            for action in ACTIONS:
                t0 = time.perf_counter()
                try:
                    d, v = store.load(draft_id)
                    if action == "chat":
                        d, _ = add_notes(d, MESSAGES[r % len(MESSAGES)], settings)
                        store.save(d, v, "笔记")
                        ok += 1
                    elif action == "cell":
                        store.save(set_cell(d, "active.licensing", 100 * i + r), v, "修改统计表")
                        ok += 1
                    elif action == "section":
                        result: dict = {}
                        for _ in stream_section(d, 5, settings, result):
                            pass
                        store.save(result["draft"], v, "起草第五部分")
                        ok += 1
                    else:
                        data = export(full_report(d), "docx", unfinished=True)
                        assert data[:2] == b"PK"
                except Conflict as e:
                    with lock:
                        conflicts.append(f"{draft_id} {action}: {e}")
                except Exception as e:  # reported, and fails the run
                    with lock:
                        errors.append(f"{draft_id} {action}: {type(e).__name__}: {e}")
                dt_ = time.perf_counter() - t0
                with lock:
                    times[action].append(dt_)
        with lock:
            saves[draft_id] = ok

    t0 = time.perf_counter()
    threads = [threading.Thread(target=user, args=(i,)) for i in users]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t0
    ru = resource.getrusage(resource.RUSAGE_SELF)
    print(json.dumps({"times": times, "saves": saves, "conflicts": conflicts, "errors": errors, "wall": wall,
                      "cpu": ru.ru_utime + ru.ru_stime, "maxrss_mb": ru.ru_maxrss / 1024}))


# --- the parent: database, corpus index, users, replicas, verification --------------------------------------

def start_postgres(root: Path) -> tuple[str, callable]:
    import glob
    initdb = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))[-1]
    pg_ctl = str(Path(initdb).with_name("pg_ctl"))
    as_pg = (lambda c: ["runuser", "-u", "postgres", "--", *c]) if os.geteuid() == 0 else (lambda c: c)
    root.mkdir(parents=True, exist_ok=True)
    os.chmod(root, 0o755)
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
    data, port = root / "data", free_port()
    subprocess.run(as_pg([initdb, "-D", str(data), "-U", "nianbao", "--auth=trust", "-E", "UTF8", "--locale=C"]),
                   check=True, capture_output=True, cwd=root)
    subprocess.run(as_pg([pg_ctl, "-D", str(data), "-o", f"-c listen_addresses=127.0.0.1 -p {port} -k {root} "
                          "-c max_connections=300", "-l", str(root / "log"), "-w", "start"]),
                   check=True, capture_output=True, cwd=root)
    import psycopg
    with psycopg.connect(f"postgresql://nianbao@127.0.0.1:{port}/postgres", autocommit=True) as c:
        c.execute("CREATE DATABASE nianbao")
    stop = lambda: subprocess.run(as_pg([pg_ctl, "-D", str(data), "-m", "fast", "stop"]), capture_output=True,
                                  cwd=root)
    return f"postgresql+psycopg://nianbao@127.0.0.1:{port}/nianbao", stop


def start_chroma(path: Path) -> tuple[int, subprocess.Popen]:
    port = free_port()
    proc = subprocess.Popen([str(Path(sys.executable).parent / "chroma"), "run", "--path", str(path), "--host",
                             "127.0.0.1", "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(300):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=1)
            return port, proc
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("Chroma server did not start")


def pct(values: list[float], p: float) -> float:
    v = sorted(values)
    return v[min(len(v) - 1, int(round(p / 100 * (len(v) - 1))))] if v else float("nan")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--users", type=int, default=50)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--db", choices=("sqlite", "postgresql"), default="sqlite")
    ap.add_argument("--replicas", type=int, default=1)
    ap.add_argument("--chroma-server", action="store_true")
    ap.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--url"), ap.add_argument("--data-dir"), ap.add_argument("--chroma-port", type=int)
    ap.add_argument("--first", type=int, default=0), ap.add_argument("--count", type=int, default=0)
    o = ap.parse_args()
    if o.worker:
        return worker(o)

    run_dir = Path(tempfile.mkdtemp(prefix="nianbao-load-"))
    os.chmod(run_dir, 0o755)  # the PostgreSQL server (user postgres) keeps its data below
    stops = []
    try:
        if o.db == "postgresql":
            url, stop = start_postgres(run_dir / "pg")
            stops.append(stop)
        else:
            url = str(run_dir / "drafts.sqlite3")
        chroma_port = None
        if o.chroma_server:
            chroma_port, proc = start_chroma(run_dir / "chroma")
            stops.append(lambda: (proc.terminate(), proc.wait(timeout=30)))
        # the corpus the section drafts take examples from: the seed reports, indexed once
        env = dict(os.environ, NIANBAO_DATA_DIR=str(run_dir / "data"))
        env.pop("NIANBAO_LLM_MODEL", None)
        if chroma_port:
            env |= {"NIANBAO_CHROMA_HOST": "127.0.0.1", "NIANBAO_CHROMA_PORT": str(chroma_port)}
        subprocess.run([str(Path(sys.executable).parent / "nianbao"), "ingest", "--quiet"], env=env, check=True,
                       cwd=ROOT)
        os.environ.update({k: v for k, v in env.items() if k.startswith("NIANBAO_")})
        from assistant.drafting import new_draft
        from assistant.store.identity import User
        from assistant.store.drafts import Store
        admin = Store(url).as_user(User("admin", role="admin"))
        for i in range(o.users):  # one body and one editor per user, each with their draft
            admin.directory.add_body(f"第{i}局", "部门", id=f"body{i}")
            admin.directory.set_user(f"user{i}", f"用户{i}", f"body{i}")
            d = new_draft(f"第{i}局", 2024)
            d.id = f"load-{i}"
            Store(url).as_user(User(f"user{i}", body_id=f"body{i}")).save(d, None, "新建")

        per = -(-o.users // o.replicas)
        procs = []
        t0 = time.perf_counter()
        for r in range(o.replicas):
            first, count = r * per, min(per, o.users - r * per)
            cmd = [sys.executable, __file__, "--worker", "--url", url, "--data-dir", str(run_dir / "data"),
                   "--first", str(first), "--count", str(count), "--rounds", str(o.rounds)]
            if chroma_port:
                cmd += ["--chroma-port", str(chroma_port)]
            procs.append(subprocess.Popen(cmd, stdout=subprocess.PIPE, env=env, cwd=ROOT, text=True))
        results = [json.loads(p.communicate()[0].strip().splitlines()[-1]) for p in procs]
        wall = time.perf_counter() - t0

        # read every draft back
        store = Store(url)
        saves = {k: v for res in results for k, v in res["saves"].items()}
        lost = []
        for i in range(o.users):
            draft_id = f"load-{i}"
            _, version = store.load(draft_id)
            history = [h.version for h in store.history(draft_id)]
            if version != 1 + saves.get(draft_id, 0) or history != list(range(version, 0, -1)):
                lost.append(f"{draft_id}: version {version}, saves {saves.get(draft_id)}, history {len(history)}")
            if {h.saved_by for h in store.history(draft_id)} != {f"user{i}"}:
                lost.append(f"{draft_id}: saved by {sorted({h.saved_by for h in store.history(draft_id)})}")
        conflicts = [c for res in results for c in res["conflicts"]]
        errors = [e for res in results for e in res["errors"]]

        label = f"{o.users} users × {o.rounds} rounds, {o.replicas} process{'es' if o.replicas > 1 else ''}, " \
                f"{o.db}, {'Chroma server' if o.chroma_server else 'embedded Chroma'}"
        print(f"\n### {label}\n")
        print("| action | n | p50 | p95 | max |\n|---|---:|---:|---:|---:|")
        for a in ACTIONS:
            v = [t for res in results for t in res["times"][a]]
            print(f"| {a} | {len(v)} | {pct(v, 50) * 1000:.0f} ms | {pct(v, 95) * 1000:.0f} ms | {max(v) * 1000:.0f} ms |")
        cpu = sum(res["cpu"] for res in results)
        print(f"\nwall {wall:.1f} s; app CPU {cpu:.1f} s ({cpu / wall * 100:.0f} % of one core); peak RSS "
              + ", ".join(f"{res['maxrss_mb']:.0f} MB" for res in results)
              + f"; saves {sum(saves.values())}, conflicts {len(conflicts)}, errors {len(errors)}, "
              f"lost or wrong {len(lost)}")
        for line in (conflicts + errors + lost)[:10]:
            print("  ", line)
        if conflicts or errors or lost:
            sys.exit(1)
    finally:
        for stop in reversed(stops):
            stop()
        shutil.rmtree(run_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
