"""Everything derived from a draft, computed once per version: the statements in force (notes, the
user's cells, verified LLM proposals, last year's 结转), the solved tables, the narrative facts, the
conflicts and the open questions."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..form import official as form
from ..notes.facts import Fact, Point, narrative, points
from ..form.official import TOTAL, application_path, cell_label, short_label
from ..notes import NotesReading, nones_taken_back, read_messages
from ..model.numbers import figures, fmt
from ..model.report import Report
from ..notes.lexicon import fold, tokens
from ..notes.solver import Solution, Statement, cell, solve
from .answers import answer_context, applicant_row, bind, numbered_answer, unprefix, untold_results
from .intent import LEFT_OPEN, NO_OTHER_RESULTS, SAME_AS_BEFORE, is_bare_answer, sentences, strip_courtesy
from .limits import bounded
from .state import Draft

# A yes said before "同上" is not repeated (what it agreed to was that question's own proposal).
_YES_BEFORE = re.compile(r"^\s*(?:是|对|嗯|好|可以|确认|没错)")


@dataclass
class View:
    reading: NotesReading
    statements: list[Statement]           # in force
    solution: Solution
    tables: Report                        # determined cells filled; `derived` marks the computed ones
    facts: list[Fact]
    overridden: list[tuple[Statement, float]] = field(default_factory=list)  # notes cells the user retyped
    zeroed: set[str] = field(default_factory=set)
    superseded: list[tuple[Statement, Statement]] = field(default_factory=list)  # (earlier, the later update)
    notes_numbers: set[float] = field(default_factory=set)  # every figure the notes write, in any form
    points: list[Point] = field(default_factory=list)  # problems, measures … (notes/facts.py), for the prose

    @property
    def conflicts(self) -> list[list[Statement]]:
        return self.solution.conflicts


def _key(draft: Draft) -> str:
    return draft.model_dump_json(include={"notes", "turns", "entered", "entered_by", "proposals", "zero_confirmed",
                                          "agency", "year", "level", "government", "last_year"})


_CACHE: dict[str, View] = {}


def view(draft: Draft) -> View:
    key = _key(draft)
    if key not in _CACHE:
        if len(_CACHE) > 64:
            _CACHE.clear()
        # Any statement at all: in the worker (a few contradictory figures cost the solver seconds).
        _CACHE[key] = bounded(_build, draft, small=not (draft.notes or draft.entered or draft.proposals
                                                        or draft.last_year))
    return _CACHE[key]


def _no_regulations(draft: Draft) -> bool:
    """Whether the body cannot make 规章: only 省级 and 设区的市 governments and the State Council's departments
    can — a county, a township, or a department named after its place ("某县人社局", "省药监局") cannot."""
    if draft.level in ("县", "乡镇"):
        return True
    return draft.level == "部门" and bool(re.match(r"[\u4e00-\u9fff]{0,12}?(?:省|市|县|区|州|盟|旗|镇|乡|街道|开发区|新区)",
                                                  draft.agency or "")) and not re.search(r"国务院|国家", draft.agency or "")


def _documents_context(draft: Draft, i: int, text: str) -> str:
    """"制发2 废止1 现行有效11" to a question about both 规章 and 规范性文件, or the document columns alone to any
    question, from a body that cannot make 规章: the columns are the 规范性文件's."""
    turn = draft.turn(i)
    if not _no_regulations(draft):
        return ""
    toks = tokens(fold(text))
    if any(t.kind == "t2row" and t.target in ("regulations", "normative_documents") for t in toks) or \
            not any(t.kind in ("t2col", "t2col0") for t in toks):
        return ""
    asked = "answer" in turn.kinds and {"active.regulations.issued", "active.normative_documents.issued"} <= \
        set(turn.subject)
    # "发了1个，废止0，有效的一共11个" to another question (the official answers the one before, or the next):
    # two or more of the document columns and nothing else a table names can only be its 规范性文件 — said alone,
    # or as the first sentence of a message that goes on with something else (the list of the documents in force).
    first = re.split(r"[。\n]", fold(text).strip(), maxsplit=1)[0]
    columns = tokens(first)
    # Nothing else in it but the column words, figures and the small words of speech: "今年新发放低保证120个，
    # 注销15个，有效的800个" counts certificates (its other words stay).
    rest = first
    for t in sorted(columns, key=lambda t: -t.start):
        rest = rest[:t.start] + rest[t.end:]
    # (and a figure put off: "现行有效 我得回办公室看 📋" — a column the official will look up, emoji and all)
    rest = re.sub(r"我?(?:得|要|需要|还得|还要)?回(?:办公室|单位|局里)(?:再)?(?:看|查|翻|核)(?:一下|下)?|"
                  r"(?:回头|稍后|晚点|等会儿?|过会儿?)(?:再)?(?:看|查|报|说|发|告诉你)(?:一下|下)?|[^\w\s]", "", rest)
    rest = re.sub(r"[\d\s，,、：:；;]|[零〇一二两三四五六七八九十]|今年|本年|本年度|一共|共|总共|了|的|个|件|部|项|没有|无|是|都|也|我们|这边",
                  "", rest)
    bare = len({t.target for t in columns if t.kind == "t2col"}) >= 2 and not rest and \
        all(t.kind in ("t2col", "t2col0", "ignore") for t in columns)
    return "问：行政规范性文件？\n答：" if asked or bare else ""


def _build(draft: Draft) -> View:
    texts = draft.read_notes()
    prefixes = [answer_context(draft.turn(i), t) or _documents_context(draft, i, t) for i, t in enumerate(texts)]
    asked = {i: set(draft.turn(i).subject) for i, p in enumerate(prefixes)
             if p and applicant_row(draft.turn(i).subject) is not None}
    reading = read_messages([p + t for p, t in zip(prefixes, texts)], asked, year=draft.year)
    if any(prefixes):
        fix = lambda s: unprefix(s, prefixes[s.message]) if prefixes[s.message] else s  # noqa: E731
        reading.statements = [fix(s) for s in reading.statements]
        reading.repeats = [fix(s) for s in reading.repeats]
        reading.corrections = [(fix(a), fix(b)) for a, b in reading.corrections]
    numbered = {i for i, t in enumerate(texts) if numbered_answer(t, draft.turn(i))}
    if numbered:
        # The items' cells are `bind`'s; what else the message says ("6. 1，另外复议1件，维持") is read as notes.
        rows = {i: {p.split("[")[0] for p in draft.turn(i).subject} for i in numbered}
        kept = lambda s: s.message not in numbered or not any(p.split("[")[0] in rows[s.message]  # noqa: E731
                                                              or p.startswith("applications.") for p in s.cells)
        reading.statements = [s for s in reading.statements if kept(s)]
        reading.repeats = [s for s in reading.repeats if kept(s)]
    user = draft.user_cells()
    statements: list[Statement] = []
    overridden = []
    # By identity: a figure read twice in one message is a statement and a repeat that compare equal, and an
    # equality test dropped both ("许可（…这些）47件" vanished from the table).
    repeated = {id(s) for s in reading.repeats}
    for s in reading.statements + reading.repeats:
        if len(s.terms) == 1 and s.terms[0][1] in user:
            overridden.append((s, user[s.terms[0][1]]))
        elif id(s) not in repeated:
            statements.append(s)
    statements += [cell(p, v, label=cell_label(p), quote="（表格中填写）", source="user") for p, v in user.items()
                   if p in form.INDEX]
    # Bare answers the grammar reads nothing from ("是的", "没有", "那2件都是自然人"): bound to the question asked.
    answered: list[Statement] = []
    for i, text in enumerate(texts):
        turn = draft.turn(i)
        if "answer" in turn.kinds and turn.subject:
            covered = {p for s in statements if s.message == i for p in s.cells}
            bound = bind(text, turn, i)
            j = i - 1
            while j > 0 and SAME_AS_BEFORE.match(strip_courtesy(texts[j])):
                j -= 1  # "没有", "同上", "一样": each the "none" before
            if not bound and j >= 0 and SAME_AS_BEFORE.match(strip_courtesy(text)) and \
                    is_bare_answer(texts[j]) and not _YES_BEFORE.match(strip_courtesy(texts[j])):
                # "没有" to one question, then "同上" to the next: none again (only a bare "none" is repeated — a
                # yes or a kind of applicant meant for another question would be guessed)
                bound = bind(texts[j], turn, i)
            if not bound and len(parts := [text[a:b] for a, b in sentences(text) if text[a:b].strip()]) > 1:
                # "县政府本级没有，都是0。规章我们县没有制定权。": the bare answer is one sentence of several.
                bound = [s for part in parts for s in bind(part, turn, i)]
            answered += [s for s in bound if not s.cells <= covered]
    # (an answer the official then said was wrong, not saying which figure: none of it stands)
    answered = [s for s in answered if not any(s.message == i - 1 for i, _ in reading.withdrawn)]
    statements += answered
    # "都是不掌握的" bound to the reasons asked, then "有2件是要另行制作的": the later figure takes the "none" back.
    for x, _ in nones_taken_back(answered, statements):
        if x in statements:
            statements.remove(x)
    statements += _no_other_results(texts, statements)
    said = {p for s in statements for p in s.cells}
    for pr in draft.proposals:
        if pr.path not in said and pr.path in form.INDEX:
            statements.append(cell(pr.path, pr.value, label=cell_label(pr.path), quote=pr.quote,
                                   message=pr.message, source="llm", strength=0.6))
    # Last year's 结转下年度 is this year's 上年结转, unless the notes or the user say otherwise — and only when
    # that report is last year's (a 2023 report picked for a 2025 draft carries nothing over).
    last = draft.last_year
    consecutive = last is not None and (last.meta.year is None or last.meta.year == draft.year - 1)
    if consecutive and not any(p.startswith("applications.carried_over") for p in said):
        for c in range(7):
            v = draft.last_year.value(application_path("carried_forward", c))
            if isinstance(v, (int, float)):
                statements.append(cell(application_path("carried_over", c), v, label=cell_label(
                    application_path("carried_over", c)), quote="上年报告“结转下年度继续办理”", source="last_year",
                    strength=0.4))
    solution = solve(statements)
    if any(s.source == "last_year" for s, _ in solution.dropped):
        statements = [s for s in statements if s.source != "last_year"]
        solution = solve(statements)
    statements, solution = _stray_answers(statements, solution, answered)
    statements, solution, superseded = _updates(statements, solution, reading.repeats)
    zeroed: set[str] = set()
    if draft.zero_confirmed:
        statements, solution, zeroed = _zero_fill(statements, solution)
    tables = _report(draft, statements, solution)
    topics = [_TOPIC_OF.get(draft.turn(i).asked) for i in range(len(texts))]
    return View(reading, statements, solution, tables, narrative(texts, topics), overridden, zeroed, superseded,
                {f.value for f in figures(draft.notes_text())}, points(texts, topics))


def _stray_answers(statements: list[Statement], solution: Solution, answered: list[Statement]):
    """A bare kind of applicant bound to the question shown ("企业" to "“予以公开”的 3 件分别来自哪类申请人？") that
    the cases of that kind cannot fill (1 enterprise came in, 3 were granted) answered some other question — the
    official's own, not the one shown: its statements are left out and the question stays open, rather than set
    against the figures the official gave. Only looked at when the tables clash."""
    if not solution.conflicts or not answered:
        return statements, solution
    clashing = [s for s in answered if any(s is x for core in solution.conflicts for x in core)]
    rows = {(s.message, _row_of(s)) for s in clashing if _row_of(s)}
    if not rows:
        return statements, solution
    mine = lambda s: (s.message, _row_of(s)) in rows  # noqa: E731
    trial = [s for s in statements if not (mine(s) and any(s is a for a in answered))]
    sol = solve(trial)
    # the one kind the answer leaves: every other column zero, by the answer or by the tables without it
    left = {key: [c for c in form.PARTIES if sol.values.get(application_path(key[1], c)) != 0 and
                  not any((s.message, _row_of(s)) == key and application_path(key[1], c) in s.cells for s in answered)]
            for key in rows}
    for (_, row), kinds in left.items():
        total = sol.values.get(application_path(row, TOTAL))
        came = [sol.values.get(application_path(r, kinds[0])) for r in ("new_received", "carried_over")] if \
            len(kinds) == 1 else [None]
        if total is not None and None not in came and sum(came) < total:
            return trial, sol
    return statements, solution


def _row_of(s: Statement) -> str | None:
    """The row of table 3 (not one cases come in by) an answer's "none of this kind" is about."""
    if len(s.terms) != 1 or s.value != 0 or not s.terms[0][1].startswith("applications."):
        return None
    row = s.terms[0][1].split(".")[1].split("[")[0]
    return None if row in ("new_received", "carried_over") or s.terms[0][1].endswith(f"[{TOTAL}]") else row


def _no_other_results(texts: list[str], statements: list[Statement]) -> list[Statement]:
    """"台账上就是这么记的，没有别的结果": every result no statement names is 0 (said of table 3's results only,
    and only once some result was told)."""
    out: list[Statement] = []
    for i, text in enumerate(texts):
        for a, b in sentences(text):
            s = text[a:b]
            if not NO_OTHER_RESULTS.search(s) or re.search(r"复议|诉讼", s):
                continue
            said = {p for st in statements + out for p in st.cells if st.message <= i}
            if not any(application_path(k, TOTAL) in said for k in form.RESULT_KEYS):
                continue
            out += [cell(application_path(k, TOTAL), 0, label=f"{form.APP_BY_KEY[k].short}（没有别的结果）",
                         quote=s.strip(), message=i, span=(a, b)) for k in form.RESULT_KEYS
                    if application_path(k, TOTAL) not in said]
    return out


def _updates(statements: list[Statement], solution: Solution, repeats: list[Statement] = ()):
    """Corrections update, never contradict: where a later message's statements clash with an earlier one about
    the same row or group ("其他处理的2件都是申请人撤回的" after "1件撤回"), the later is what the official means
    and the earlier is set aside (its words stay in the chat). Only statements of one message, or ones about
    different things, remain a conflict."""
    superseded: list[tuple[Statement, Statement]] = []
    for _ in range(len(solution.conflicts) * 3):
        done = False
        for core in solution.conflicts:
            latest = max(s.message for s in core)
            later = [s for s in core if s.message == latest]
            touched = {p for s in later for p in _with_group(s.cells)}
            # A weaker later reading (a figure bound by guesswork) never sets aside a figure the official stated.
            for old in sorted((s for s in core if s.message < latest and s.source in ("notes", "each")
                               and s.cells & touched and max(x.strength for x in later) >= s.strength
                               and not _said_again(s, repeats, latest)),
                              key=lambda s: -s.message):
                trial = [s for s in statements if s is not old]
                sol = solve(trial)
                if len(sol.conflicts) < len(solution.conflicts):
                    by = next((s for s in later if s.cells & old.cells),
                              next(s for s in later if _with_group(s.cells) & old.cells))
                    superseded.append((old, by))
                    statements, solution, done = trial, sol, True
                    break
            if done:
                break
        if not done:
            break
    return statements, solution, superseded


def _said_again(s: Statement, repeats, message: int) -> bool:
    """The later message gave this figure again ("其他处理的2件都是…"): it stands; what clashes is the rest."""
    return any(r.message == message and r.key == s.key and r.value == s.value for r in repeats)


def _with_group(cells) -> set[str]:
    """A statement about two or more reasons of one group in one column ("其他处理的2件都是申请人撤回的": the other
    two reasons are 0) is about the group as a whole, so it updates an earlier "1件撤回" too; one about a single
    row stays about that row."""
    from ..form.address import parse
    where = [parse(p) for p in cells]
    rows = [form.APP_BY_KEY.get(w.row) if getattr(w, "table", "") == "applications" else None for w in where]
    groups = {r.group.key if r is not None and r.group is not None else None for r in rows}
    cols = {getattr(w, "col", None) for w in where}
    if len(cells) < 2 or len(groups) != 1 or len(cols) != 1 or None in groups or \
            next(iter(groups)) not in form.GROUP_KEYS:
        return set(cells)
    col, group = next(iter(cols)), next(iter(groups))
    return set(cells) | {application_path(k, col) for k in form.GROUP_KEYS[group]}


def _rows() -> list[tuple[str, ...]]:
    """The units zero-fill works in: a table-3 row, a table-4 group, a table-2 row."""
    out = [tuple(application_path(k, c) for c in range(7)) for k in form.APPLICATION_KEYS]
    out += [tuple(form.review_path(g.key, c) for c in range(5)) for g in form.REVIEW_GROUPS_DEF]
    out += [r.paths for r in form.ACTIVE]
    return out


def _zero_fill(statements: list[Statement], solution: Solution):
    """After the official confirmed that blank means none: every row no statement touches is 0 — never
    a cell of a row the notes speak of (those stay questions), never where a statement contradicts it."""
    said = {p for s in statements for p in s.cells}
    zeros = []
    for row in _rows():
        if any(p in said for p in row) or all(p in solution.values for p in row):
            continue
        zeros += [cell(p, 0, label=cell_label(p), quote="（确认未提及即为0）", source="zero", strength=0.2) for p in row
                  if p not in solution.values]
    if not zeros:
        return statements, solution, set()
    trial = statements + zeros
    sol = solve(trial)
    while any(s.source == "zero" for s, _ in sol.dropped):
        bad = {s.terms[0][1] for s, _ in sol.dropped if s.source == "zero"}
        # Drop the whole rows involved: a partly zeroed row would derive a figure from an assumed 0.
        rows = [r for r in _rows() if bad & set(r)]
        drop = {p for r in rows for p in r}
        trial = [s for s in trial if not (s.source == "zero" and s.terms[0][1] in drop)]
        sol = solve(trial)
    return trial, sol, {s.terms[0][1] for s in trial if s.source == "zero"}


def _report(draft: Draft, statements: list[Statement], solution: Solution) -> Report:
    r = Report()
    r.meta.agency, r.meta.year, r.meta.level = draft.agency, draft.year, draft.level
    r.meta.is_government = draft.government
    stated = {s.terms[0][1] for s in statements if len(s.terms) == 1 and s.source not in ("zero", "last_year")}
    for p, v in solution.values.items():
        value = v if p == form.FEE_PATH else (int(round(v)) if abs(v - round(v)) < 1e-6 else v)
        r.put(p, value)
        if p not in stated:
            r.derived.add(p)
    # The official's own inconsistency stays visible: the figures as written, the rule check reports them.
    for p, v in solution.stated.items():
        r.put(p, v if p == form.FEE_PATH else (int(round(v)) if abs(v - round(v)) < 1e-6 else v))
        r.derived.discard(p)
    return r


# --- public derived views -------------------------------------------------------------------------------

def tables_report(draft: Draft) -> Report:
    """The draft's tables: what the notes and the user said, and every cell that determines."""
    return view(draft).tables.model_copy(deep=True)


def facts(draft: Draft) -> list[Fact]:
    return view(draft).facts


def fact(draft: Draft, label: str) -> Fact | None:
    return next((f for f in view(draft).facts if f.label == label), None)


def conflicts(draft: Draft) -> list[str]:
    """Chinese lines: each set of statements that cannot all hold, by their words."""
    out = []
    for core in view(draft).conflicts:
        said = "；".join(f"“{s.quote}”" + (f"（{_stated(s)}）" if s.source != "notes" else "") for s in core)
        out.append(f"这些数字互相矛盾，不能同时成立：{said}。请核对后更正其中一处。")
    return out


def _stated(s: Statement) -> str:
    if len(s.terms) == 1:
        return f"{short_label(s.terms[0][1])} {fmt(s.value)}"
    return s.label


@dataclass(frozen=True)
class Question:
    """One question to the official and the cells it asks for (so it is never asked once they are known)."""
    text: str
    cells: tuple[str, ...] = ()
    yes: tuple[tuple[str, float], ...] = ()  # the figures a "是的" confirms, when the question proposes them


def questions(draft: Draft, limit: int = 8) -> list[str]:
    """The open cells as targeted questions, most important first."""
    return [q.text for q in open_questions(draft)[:limit]]


# What the report's prose still needs once the tables are done, asked in the order of the report, each once: the
# official's answer is read as material for that part (an answer to the problems question needs no 问题).
NARRATIVE_QUESTIONS = (
    ("fee", "第六部分：本年度是否收取了信息处理费？收取的话是多少元？"),
    ("problems", "第五部分：今年政府信息公开工作主要存在哪些问题？下一步准备怎么改进？（简单说即可，我会按正式表述写入）"),
    ("duties", "第一部分“监督保障”：政务公开工作考核、社会评议和责任追究的情况如何？（没有的请写“没有”）"),
    ("platform", "第一部分“平台建设”：今年用了哪些公开平台（政府网站、公众号、微博、公开栏等），有什么建设或调整？"),
    ("management", "第一部分“政府信息管理”：信息发布前的保密审查、“三审三校”、规范性文件清理、公开目录调整等是怎么做的？"),
)
_TOPIC_OF = {text: topic for topic, text in NARRATIVE_QUESTIONS}


def narrative_questions(draft: Draft) -> list[Question]:
    """The prose material still missing, as questions, leaving out any the official was already asked."""
    v = view(draft)
    kinds = {p.kind for p in v.points}
    have = {"fee": any(f.label == "信息处理费" for f in v.facts), "problems": "problem" in kinds,
            "duties": bool(kinds & {"assessment", "appraisal", "accountability"}),
            "platform": "platform" in kinds, "management": "management" in kinds}
    asked = {draft.turn(i).asked for i in range(len(draft.notes))}
    return [Question(text) for topic, text in NARRATIVE_QUESTIONS if not have[topic] and text not in asked]


def open_questions(draft: Draft) -> list[Question]:
    """What is still missing, as questions; a question whose cells are all known is never asked."""
    v = view(draft)
    t = v.tables
    known = lambda p: t.value(p) is not None  # noqa: E731
    said = {p for s in v.statements for p in s.cells}
    out: list[Question] = []
    ask = lambda text, *cells: out.append(Question(text, tuple(cells)))  # noqa: E731
    ap = lambda k, c=TOTAL: application_path(k, c)  # noqa: E731
    for s, core in v.solution.dropped:
        if s.source in ("notes", "each"):
            others = "、".join(f"“{c.quote}”" for c in core[:2] if c.quote)
            ask(f"“{s.quote}”中的 {fmt(s.value)} 是否为{s.label}？它与{others}对不上，暂未填入表格，请确认。")
    touched_t3 = any(p.startswith("applications.") for p in said)
    touched_t4 = any(p.startswith("review_litigation.") for p in said)
    touched_t2 = any(p.startswith("active.") for p in said)
    if not touched_t3 or not known(ap("new_received")):
        ask("本年新收政府信息公开申请共多少件？（没有请写“没有收到申请”）", ap("new_received"))
    if touched_t3:
        if not known(ap("carried_over")):
            ask("上年结转过来的申请有几件？（没有请写0）", ap("carried_over"))
        if not known(ap("carried_forward")):
            ask("年底尚未办结、结转下年度继续办理的申请有几件？", ap("carried_forward"))
        if known(ap("total_processed")):
            said_results = _results_said(v)
            gap = t.value(ap("total_processed")) - said_results
            missing = [ap(k) for k in form.RESULT_KEYS if not known(ap(k))]
            if gap > 0 and missing:
                ask(untold_results(fmt(t.value(ap('total_processed'))), fmt(gap)), *missing)
        for k in form.APPLICATION_KEYS:
            total = t.value(ap(k))
            if total and any(not known(ap(k, c)) for c in form.PARTIES):
                open_cells = [ap(k, c) for c in form.PARTIES if not known(ap(k, c))]
                only = _one_kind(t)
                name = form.APP_BY_KEY[k].short
                if only is not None and not known(ap(k, only)):
                    # Everyone else applied as one kind: a question "是的" can answer.
                    label = form.APPLICANTS[only].label
                    out.append(Question(f"“{name}”的 {fmt(total)} 件也都是{label}吗？（不是的话请写明各类几件）",
                                        tuple(open_cells), tuple((p, 0.0) for p in open_cells if p != ap(k, only))))
                else:
                    ask(f"“{name}”的 {fmt(total)} 件分别来自哪类申请人？"
                        "（自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他）", *open_cells)
                break
        for g in form.T3_GROUPS:
            keys = form.GROUP_KEYS[g.key]
            group_said = [s.value for s in v.statements if len(s.terms) > 1 and s.cells == {ap(k) for k in keys}] or \
                [x for x in [_group_left(t, g)] if x]
            if group_said and any(not known(ap(k)) for k in keys):
                ask(f"{g.label[3:]} {fmt(group_said[0])} 件分别属于哪一类理由？"
                    f"（{'、'.join(form.APP_BY_KEY[k].short for k in keys)}）", *[ap(k) for k in keys if not known(ap(k))])
    if not touched_t4:
        ask("本年度有没有因政府信息公开被申请行政复议、提起行政诉讼？如有，结果如何？",
            *[form.review_path(g.key, form.REVIEW_TOTAL) for g in form.REVIEW_GROUPS_DEF])
    else:
        for g in form.REVIEW_GROUPS_DEF:
            tp = form.review_path(g.key, form.REVIEW_TOTAL)
            total = t.value(tp)
            if total is None and any(p.startswith(f"review_litigation.{g.key}") for p in said):
                ask(f"{g.label}共多少件？", tp)
            elif total and any(t.value(form.review_path(g.key, c)) is None for c in range(4)):
                ask(f"{g.label} {fmt(total)} 件的结果分别是（维持、纠正、其他结果、尚未审结）？",
                    *[form.review_path(g.key, c) for c in range(4) if t.value(form.review_path(g.key, c)) is None])
            elif total is None:
                ask(f"有没有{g.label}案件？（没有请写“没有”）", tp)
    if not touched_t2:
        ask("本年制发、废止和现行有效的规章、行政规范性文件各多少件？行政许可、行政处罚、行政强制决定各多少件？"
            "行政事业性收费多少万元？", *form.ACTIVE_PATHS)
    else:
        # Ask only for the cells still missing, by their own names ("行政规范性文件本年废止件数").
        missing = [p for r in form.ACTIVE for p in r.paths if t.value(p) is None]
        if missing:
            names = "、".join(_active_name(p) for p in missing)
            ask(f"表二还缺：{names}，请补充（没有请写0，无规章制定权可写“无”）。", *missing)
    # Never ask for what was given: a cell the official stated on its own (even in a conflict) is not asked again.
    stated = {s.terms[0][1] for s in v.statements if len(s.terms) == 1 and s.source in ("notes", "user", "each")}
    return _skipped_last(draft, [q for q in out if not q.cells or not set(q.cells) <= stated])


def _skipped_last(draft: Draft, qs: list[Question]) -> list[Question]:
    """A question the official's last message passed over (it told other figures, none of those asked) goes
    after the others: asking it again right away repeats the assistant, the official answers in their own order."""
    if len(qs) < 2 or not draft.turns or len(draft.turns) < len(draft.notes):
        return qs
    last, i = draft.turns[-1], len(draft.notes) - 1
    shown = last.shown or last.subject
    if shown and set(qs[0].cells) <= set(shown) and set(last.kinds) & {"notes", "answer"} and \
            LEFT_OPEN.search(draft.notes[i]):
        return qs[1:] + qs[:1]  # "合作社算哪一类我也不清楚，先空着": asked again later, not right away
    if not shown or qs[0].cells != tuple(shown) or not set(last.kinds) & {"notes", "answer"}:
        return qs  # a correction alone sets an earlier figure right; the question still waits for its answer
    # Only a message that told figures passed the question over; "稍等，我问下科室" is a pause before its answer.
    r = view(draft).reading
    if not any(s.message == i for s in r.statements + r.repeats):
        return qs
    return qs[1:] + qs[:1]


def _results_said(v: View) -> float:
    """How many concluded applications the results told so far account for: a row's figure, or a group's
    count where its reasons are not all known yet ("其他处理1件" tells one result even without its reason)."""
    t = v.tables
    ap = lambda k: application_path(k, TOTAL)  # noqa: E731
    total = sum((t.value(ap(k)) or 0) for k in form.RESULT_KEYS if form.APP_BY_KEY[k].group is form.RESULTS)
    for g in form.T3_GROUPS:
        cells = {ap(k) for k in form.GROUP_KEYS[g.key]}
        rows = sum((t.value(p) or 0) for p in cells)
        told = [s.value for s in v.statements if s.cells == cells and all(c > 0 for c, _ in s.terms)]
        total += max([rows] + told + [_group_left(t, g) or 0])
    return total


def _group_left(t: Report, g) -> float | None:
    """A group's count when every other result is known ("那就按其他处理吧" for the cases untold: the others were
    set to 0): what 办结 leaves for it — so that the results are not asked for again, its reasons are."""
    ap = lambda k: application_path(k, TOTAL)  # noqa: E731
    done = t.value(ap("total_processed"))
    others = [t.value(ap(k)) for k in form.RESULT_KEYS if k not in form.GROUP_KEYS[g.key]]
    if done is None or any(x is None for x in others) or all(t.value(ap(k)) is not None for k in form.GROUP_KEYS[g.key]):
        return None
    return done - sum(others)


def _one_kind(t: Report) -> int | None:
    """The applicant kind every new application came from, when the new ones were all of one kind."""
    total = t.value(application_path("new_received", TOTAL))
    if not total:
        return None
    for c in form.PARTIES:
        if t.value(application_path("new_received", c)) == total:
            return c
    return None


def _active_name(path: str) -> str:
    row = next(r for r in form.ACTIVE if path in r.paths)
    if len(row.paths) == 1:
        return row.label
    col = next(c for c in form.DOC_COLUMNS if path.endswith("." + c.key))
    return f"{row.label}{col.label}"
