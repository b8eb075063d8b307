"""This year's report against last year's: sections aligned, a word-level diff, similarity (X-3), the key
figures year on year, and the cross-year findings (X-1…X-6)."""
from __future__ import annotations

import html
from dataclasses import dataclass, field

from ..model.report import SECTION_HEADINGS, Report, application_path, cell_label, review_path
from ..checks.rules import Finding, check, similarity
from ..settings import Settings, get_settings
from ..checks.textsim import opcodes, tokens


@dataclass
class SectionDiff:
    number: int
    heading_this: str
    heading_last: str
    similarity: float
    html: str  # the diff with <del>/<ins>, user text escaped
    level: str = ""  # "", "雷同" (≥ warn), "照抄" (≥ high)


@dataclass
class Figure:
    label: str
    path: str
    this: float | int | None
    last: float | int | None

    @property
    def change(self):
        if isinstance(self.this, (int, float)) and isinstance(self.last, (int, float)):
            return self.this - self.last
        return None

    @property
    def ratio(self):
        if self.change is not None and self.last:
            return self.change / self.last
        return None


@dataclass
class Comparison:
    sections: list[SectionDiff] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)


KEY_FIGURES = [
    "active.normative_documents.issued", "active.normative_documents.repealed", "active.normative_documents.in_force",
    "active.licensing", "active.punishment", "active.coercion", "active.fees",
    application_path("new_received", 6), application_path("carried_over", 6), application_path("granted", 6),
    application_path("partially_granted", 6), application_path("unavailable_not_held", 6),
    application_path("total_processed", 6), application_path("carried_forward", 6),
    review_path("review", 4), review_path("review", 1), review_path("litigation_direct", 4),
    review_path("litigation_after_review", 4),
]


def word_diff(this: str, last: str) -> str:
    a, b = tokens(last), tokens(this)
    out = []
    for op, i1, i2, j1, j2 in opcodes(a, b):
        old, new = html.escape("".join(a[i1:i2])), html.escape("".join(b[j1:j2]))
        if op == "equal":
            out.append(new)
        else:
            if old:
                out.append(f"<del>{old}</del>")
            if new:
                out.append(f"<ins>{new}</ins>")
    return "".join(out).replace("\n", "<br>")


def compare(this: Report, last: Report, settings: Settings | None = None) -> Comparison:
    settings = settings or get_settings()
    c = Comparison()
    for n, canonical in SECTION_HEADINGS.items():
        s_this, s_last = this.section(n), last.section(n)
        t, l = (s_this.text if s_this else ""), (s_last.text if s_last else "")
        if not t and not l:
            continue
        sim = similarity(t, l)
        # X-3 judges 一 and 五; section 六's fee sentence is rightly the same every year.
        level = "" if n not in (1, 5) else \
            "照抄" if sim >= settings.similarity_high else "雷同" if sim >= settings.similarity_warn else ""
        c.sections.append(SectionDiff(n, s_this.heading if s_this else "（缺少）", s_last.heading if s_last else "（缺少）",
                                      round(sim, 4), word_diff(t, l), level))
    for path in KEY_FIGURES:
        c.figures.append(Figure(cell_label(path), path, this.value(path), last.value(path)))
    c.findings = [f for f in check(this, last, settings) if f.rule.startswith("X-") or f.rule == "T2-3"]
    return c


CSS = """
body{font-family:"Noto Sans CJK SC","WenQuanYi Micro Hei","Microsoft YaHei",sans-serif;max-width:1100px;margin:1.5em auto;line-height:1.8;color:#222}
del{background:#fbd5d5;color:#7a1212;text-decoration:line-through}
ins{background:#cdeccd;color:#0f5a0f;text-decoration:none}
table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #bbb;padding:3px 8px;text-align:right}
th{background:#f3f3f3}td.l{text-align:left}.warn{color:#a15c00;font-weight:bold}.bad{color:#b00020;font-weight:bold}
"""


def _fmt(v) -> str:
    if v is None:
        return "—"
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return f"{v:g}" if isinstance(v, float) else str(v)


def to_html(c: Comparison, this: Report, last: Report) -> str:
    e = html.escape
    out = [f"<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>年报比对</title><style>{CSS}</style>"
           f"</head><body><h1>{e(this.meta.agency or '')} {this.meta.year or ''} 年与 {last.meta.year or ''} 年年度报告比对</h1>"]
    if c.findings:
        out.append("<h2>跨年度核对</h2><ul>")
        out += [f"<li class=\"{'bad' if f.severity == 'error' else 'warn'}\">{e(f.rule)} {e(f.message)}</li>" for f in c.findings]
        out.append("</ul>")
    out.append("<h2>主要数据同比</h2><table><tr><th>项目</th><th>上年</th><th>本年</th><th>增减</th><th>变化率</th></tr>")
    for f in c.figures:
        ratio = f"{f.ratio:+.1%}" if f.ratio is not None else "—"
        change = (f"{f.change:+g}" if f.change is not None else "—")
        out.append(f"<tr><td class=\"l\">{e(f.label)}</td><td>{_fmt(f.last)}</td><td>{_fmt(f.this)}</td>"
                   f"<td>{change}</td><td>{ratio}</td></tr>")
    out.append("</table><h2>正文逐段比对</h2>")
    for s in c.sections:
        flag = f" <span class=\"{'bad' if s.level == '照抄' else 'warn'}\">（{s.level}）</span>" if s.level else ""
        out.append(f"<h3>{e(SECTION_HEADINGS[s.number])} — 相似度 {s.similarity:.0%}{flag}</h3><p>{s.html}</p>")
    out.append("</body></html>")
    return "\n".join(out)
