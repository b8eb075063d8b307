"""Year-on-year review: a copied section and a broken carry-over fire X-3 and X-1; a clean pair does not."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from assistant.review.diff import compare, tokens, word_diff
from assistant.parse import parse_file

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "corpus" / "004_a80d00d8d16235a9.txt"
NIANBAO = str(Path(sys.executable).parent / "nianbao")


def pair(tmp_path, *, copied: bool, carried_ok: bool):
    """Last year (2023) and this year (2024) of the same body."""
    text = SEED.read_text(encoding="utf-8")
    last = text.replace("2024", "2023")
    lines = last.split("\n")
    i = next(k for k, line in enumerate(lines) if "四、结转下年度继续办理" in line)
    value = "1" if carried_ok else "3"
    lines[i + 1], lines[i + 7] = f"\t{value}", f"\t{value}"  # 自然人 and 总计 of 结转下年度
    # keep last year's own arithmetic right: 结转 up means processed down
    j = next(k for k, line in enumerate(lines) if "（七）总计" in line)
    lines[j + 1], lines[j + 7] = f"\t{84 - int(value) + 1}", f"\t{85 - int(value) + 1}"
    k = next(k for k, line in enumerate(lines) if "（一）予以公开" in line)
    lines[k + 1], lines[k + 7] = f"\t{47 - int(value) + 1}", f"\t{48 - int(value) + 1}"
    last = "\n".join(lines)
    if not copied:
        start = last.index("五、存在的主要问题及改进情况")
        end = last.index("六、其他需要报告的事项")
        last = last[:start] + ("五、存在的主要问题及改进情况\n（一）主要问题。网站栏目设置不合理，部分栏目长期未更新。\n"
                               "（二）改进情况。优化栏目设置，建立更新台账，每月检查。\n") + last[end:]
        s1 = last.index("一、总体情况")
        s2 = last.index("二、主动公开政府信息情况")
        last = last[:s1] + "一、总体情况\n2023年，和田地区按照条例要求推进政府信息公开，政府网站发布信息1.9万条。\n" + last[s2:]
    this_p, last_p = tmp_path / "2024.txt", tmp_path / "2023.txt"
    this_p.write_text(text, encoding="utf-8")
    last_p.write_text(last, encoding="utf-8")
    return this_p, last_p


def test_tokens_keep_numbers_whole():
    assert "2024" in tokens("2024年收到申请85件") and "85" in tokens("2024年收到申请85件")
    html = word_diff("2024年收到申请85件", "2023年收到申请80件")
    assert "<del>2023</del><ins>2024</ins>" in html and "<del>80</del><ins>85</ins>" in html


def test_word_diff_escapes_user_text():
    html = word_diff("<script>alert(1)</script>新", "旧")
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_copied_pair_fires_x3_and_x1(tmp_path):
    this_p, last_p = pair(tmp_path, copied=True, carried_ok=False)
    c = compare(parse_file(this_p), parse_file(last_p))
    rules = {(f.rule, f.severity) for f in c.findings}
    assert ("X-1", "error") in rules and ("X-3", "warning") in rules
    s5 = next(s for s in c.sections if s.number == 5)
    assert s5.similarity >= 0.95 and s5.level == "照抄"
    forward = next(f for f in c.figures if f.path == "applications.carried_forward[6]")
    assert forward.last == 3 and forward.change == -3
    out = tmp_path / "diff.html"
    p = subprocess.run([NIANBAO, "diff", str(this_p), str(last_p), "--html", str(out), "--json"],
                       capture_output=True, text=True, timeout=120)
    assert p.returncode == 1
    data = json.loads(p.stdout)
    assert {"X-1", "X-3"} <= {f["rule"] for f in data["findings"]}
    page = out.read_text(encoding="utf-8")
    assert "照抄" in page and "<ins>" in page and "主要数据同比" in page


def test_clean_pair_does_not_fire(tmp_path):
    this_p, last_p = pair(tmp_path, copied=False, carried_ok=True)
    c = compare(parse_file(this_p), parse_file(last_p))
    assert not [f for f in c.findings if f.rule in ("X-1", "X-3")], [f.message for f in c.findings]
    assert all(s.level == "" for s in c.sections)
    p = subprocess.run([NIANBAO, "diff", str(this_p), str(last_p)], capture_output=True, text=True, timeout=120)
    assert p.returncode == 0 and "相似度" in p.stdout
