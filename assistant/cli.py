"""The `nianbao` command line: the same work as the app, in batch."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from .readers.document import Unreadable, report_files
from .parse import parse_file, require_tables
from .model.report import Report
from .checks.rules import RULES, SEVERITY_ZH, check, summary, where_label
from .safetext import mask_secrets, terminal, visible_bidi
from .settings import SettingsInvalid, get_settings


def _load(path: Path) -> Report:
    return require_tables(parse_file(path, max_bytes=get_settings().max_input_bytes))


def expand(inputs: tuple[str, ...]) -> list[Path]:
    return report_files(inputs)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="nianbao")
def main():
    """年报助手：政府信息公开工作年度报告的解析、校验、起草与审阅。"""
    try:
        get_settings()  # nonsense in the configuration stops here, in Chinese, before any work
    except SettingsInvalid as e:
        _say(str(e), err=True)
        sys.exit(2)


@main.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="输出规范 JSON（report-json.md）")
@click.option("--fill", is_flag=True, help="补全可推算的单元格（总计、结转等）")
@click.option("--last-year", type=click.Path(exists=True, dir_okay=False, path_type=Path), help="上年报告（用于推算上年结转）")
def parse(file: Path, as_json: bool, fill: bool, last_year: Path | None):
    """解析一份报告，输出元数据、章节和三张统计表。"""
    try:
        report = _load(file)
        last = _load(last_year) if last_year else None
    except Unreadable as e:
        _say(f"{file}: {e}", err=True)
        sys.exit(2)
    if fill:
        from .model.fill import fill as fill_report
        report = fill_report(report, last)
    data = report.canonical()
    if fill:
        data["derived"] = sorted(report.derived)
    data["reading"] = report.reading  # an addition: cells read by label / by order / by identity, ambiguous
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=1))
        return
    m = report.meta
    _say(f"标题：{m.title or '（未识别）'}\n机关：{m.agency or '（未识别）'}  年度：{m.year or '（未识别）'}  "
        f"落款日期：{m.published or '无'}  格式：{report.format}")
    for s in report.sections:
        _say(f"  {s.number}. {s.heading}（{len(s.text)} 字）")
    t = report.tables
    click.echo(f"表三 本年新收 {t.applications.new_received[6]}，上年结转 {t.applications.carried_over[6]}，"
               f"办结 {t.applications.total_processed[6]}，结转下年度 {t.applications.carried_forward[6]}")
    click.echo(f"表四 行政复议 {t.review_litigation.review[4]}，直接起诉 {t.review_litigation.litigation_direct[4]}，"
               f"复议后起诉 {t.review_litigation.litigation_after_review[4]}")


@main.command("check")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--last-year", type=click.Path(dir_okay=False, path_type=Path), help="上年报告，启用跨年度规则（X-*）")
@click.option("--json", "as_json", is_flag=True, help="输出 JSON（report-json.md）")
def check_cmd(inputs: tuple[str, ...], last_year: Path | None, as_json: bool):
    """校验一份或多份报告（目录表示其中所有报告）。退出码：0 无错误，1 有错误，2 有文件无法读取。"""
    settings = get_settings()
    files = expand(inputs)
    unreadable = False
    if len(files) > settings.max_batch_files:
        click.echo(f"一次最多校验 {settings.max_batch_files} 份报告，本次 {len(files)} 份", err=True)
        sys.exit(2)
    last = None
    if last_year:
        try:
            last = _load(last_year)
        except Unreadable as e:
            click.echo(f"{last_year}: 上年报告无法读取：{e}", err=True)
            sys.exit(2)
    results = []
    any_error = False
    for f in files:
        try:
            report = _load(f)
        except Unreadable as e:
            _say(f"{f}: {e}", err=True)
            unreadable = True
            continue
        except Exception as e:  # a parser bug must not stop a batch: say so and go on
            _say(f"{f}: 解析时发生内部错误（{type(e).__name__}），已跳过", err=True)
            unreadable = True
            continue
        findings = check(report, last, settings)
        s = summary(findings)
        any_error |= s["errors"] > 0
        results.append({"file": str(f), "agency": report.meta.agency, "year": report.meta.year,
                        "findings": [x.public() for x in findings], "summary": s})
        if not as_json:
            _print_findings(f, report, findings, s)
    if as_json:
        click.echo(json.dumps({"reports": results}, ensure_ascii=False, indent=1))
    elif len(results) > 1:
        total = {k: sum(r["summary"][k] for r in results) for k in ("errors", "warnings", "info")}
        click.echo(f"共校验 {len(results)} 份报告：错误 {total['errors']}，警告 {total['warnings']}，提示 {total['info']}")
    sys.exit(2 if unreadable else 1 if any_error else 0)


def _say(text: str, err: bool = False) -> None:
    """Text that quotes a report (headings, labels, names) for a terminal: no escape sequences, no control
    characters, direction overrides visible."""
    click.echo(visible_bidi(terminal(text)), err=err)


def _print_findings(path: Path, report: Report, findings, s) -> None:
    head = visible_bidi(terminal(f"{path}  {report.meta.agency or ''} {report.meta.year or ''}年度".rstrip()))
    click.echo(click.style(head, bold=True))
    if not findings:
        click.echo("  未发现问题")
    for f in findings:
        color = {"error": "red", "warning": "yellow", "info": "blue"}[f.severity]
        sev = click.style(f"{SEVERITY_ZH[f.severity]:<2}", fg=color)
        where = f"  [{where_label(report, f.where)}]" if f.where else ""
        click.echo(f"  {sev} {f.rule:<5} " + visible_bidi(terminal(f"{f.message}{where}")))
    click.echo(f"  错误 {s['errors']}，警告 {s['warnings']}，提示 {s['info']}\n")


@main.command()
def rules():
    """列出校验规则目录。"""
    for r in RULES.values():
        click.echo(f"{r.id:<5} {SEVERITY_ZH[r.severity]}  {r.title}{'（跨年度）' if r.cross_year else ''}\n      {r.description}")


@main.command("restore-drafts")
@click.option("--from", "source", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="用哪一份备份恢复（默认：最近一份完好的每日备份）")
def restore_drafts(source: Path | None):
    """用每日备份恢复草稿库（SQLite；请先停止本应用）。当前的草稿库文件会先改名保留。"""
    from .store import backup
    from .store.drafts import database_url, sqlite_file
    db = sqlite_file(database_url(None, get_settings()))
    if db is None:
        _say("草稿保存在 PostgreSQL 中（NIANBAO_DATABASE_URL），请用数据库自身的备份恢复。", err=True)
        sys.exit(2)
    try:
        used, moved = backup.restore(db, source)
    except ValueError as e:
        _say(str(e), err=True)
        sys.exit(2)
    _say(f"已用备份 {used} 恢复草稿库 {db}" + (f"；恢复前的文件已改名为 {moved.name}" if moved else "") + "。")


@main.command()
@click.argument("inputs", nargs=-1)
@click.option("--quiet", "-q", is_flag=True, help="只输出汇总")
def ingest(inputs: tuple[str, ...], quiet: bool):
    """把往年报告加入范文库（默认 corpus/ 目录）；重复运行只处理新增或修改的文件。"""
    from .corpus.retrieval import CorpusIndex
    settings = get_settings()
    inputs = inputs or (str(settings.corpus_dir),)
    try:
        index = CorpusIndex(settings)
    except Exception as e:
        click.echo(mask_secrets(f"无法打开范文库：{e}"), err=True)
        sys.exit(2)
    base = Path(inputs[0]) if len(inputs) == 1 and Path(inputs[0]).is_dir() else None
    res = index.ingest(inputs, base=base)
    if not quiet:
        for f in res.added:
            click.echo(f"已加入  {f}")
        for f, why in res.skipped:
            click.echo(f"已跳过  {f}：{why}", err=True)
    click.echo(f"范文库：新加入 {len(res.added)} 份（{res.chunks} 段），未变化 {len(res.unchanged)} 份，"
               f"跳过 {len(res.skipped)} 份；共 {index.count()} 段")


@main.command()
@click.argument("text")
@click.option("--section", type=click.IntRange(1, 6), help="只在第几部分中检索（1–6）")
@click.option("--level", type=click.Choice(["省", "市", "县", "乡镇", "部门"]), help="机关层级")
@click.option("--year", type=int, help="报告年度")
@click.option("--k", default=5, show_default=True, type=click.IntRange(1, 50), help="返回条数")
@click.option("--json", "as_json", is_flag=True, help="输出 JSON")
def search(text: str, section: int | None, level: str | None, year: int | None, k: int, as_json: bool):
    """在范文库中检索相近的写法。"""
    from .corpus.retrieval import CorpusIndex
    try:
        hits = CorpusIndex(get_settings()).search(text, section=section, level=level, year=year, k=k)
    except Exception as e:
        click.echo(mask_secrets(f"检索失败：{e}"), err=True)
        sys.exit(2)
    if as_json:
        click.echo(json.dumps([h.public() for h in hits], ensure_ascii=False, indent=1))
        return
    if not hits:
        click.echo("没有找到相近的段落（范文库为空时请先运行 nianbao ingest）")
    for h in hits:
        head = visible_bidi(terminal(f"{h.agency} {h.year}年 · 第{h.section}部分 · {h.heading}  ({h.score:.4f})"))
        click.echo(click.style(head, bold=True))
        _say(f"  {h.text[:200]}{'…' if len(h.text) > 200 else ''}\n  —— {h.source}\n")


def _date_option(ctx, param, value: str | None):
    """A signature date as 2026-01-20, 2026/1/20 or 2026年1月20日."""
    if value is None:
        return None
    import datetime as dt
    import re
    m = re.fullmatch(r"\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*", value)
    try:
        return dt.date(*map(int, m.groups()))
    except (AttributeError, ValueError):  # no match, or no such day
        raise click.BadParameter(f"无法识别的日期“{value}”，请写作 2026-01-20 或 2026年1月20日") from None


def _signed(report: Report, signature: str | None, signed) -> Report:
    """The report with the 落款 given on the command line."""
    if signature:
        report.meta.agency = signature.strip()
    if signed:
        report.meta.published = signed
    return report


@main.command()
@click.argument("notes_files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--agency", required=True, help="机关名称，如“某某县人民政府”")
@click.option("--year", required=True, type=click.IntRange(2000, 2100), help="报告年度（统计年度）")
@click.option("--level", type=click.Choice(["省", "市", "县", "乡镇", "部门"]), help="机关层级（默认按名称推断）")
@click.option("--last-year", type=click.Path(dir_okay=False, path_type=Path), help="上年报告：上年结转、上年问题整改")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path),
              help="输出文件：.docx .pdf .html .md .json（默认打印 Markdown）")
@click.option("--zero-blanks", is_flag=True,
              help="确认笔记完全没有提到的统计行均为 0（笔记提到的行中未说明的格仍作为问题列出）")
@click.option("--signature", help="落款单位（默认为机关名称）")
@click.option("--date", "signed", callback=_date_option, help="落款日期，如 2026-01-20 或 2026年1月20日")
@click.option("--json", "as_json", is_flag=True, help="输出 JSON：报告、每条笔记的回复、待补充的问题、矛盾")
def draft(notes_files: tuple[Path, ...], agency: str, year: int, level: str | None, last_year: Path | None,
          out: Path | None, zero_blanks: bool, signature: str | None, signed, as_json: bool):
    """根据工作笔记起草完整的六部分年度报告。

    可以给多个笔记文件，按顺序作为对话中的多条消息（后一条可以更正前一条）。尚未完成的草稿（有校验错误或
    待补充内容）标注“征求意见稿”。"""
    from .readers.document import decode, read_limited
    from .drafting import add_notes, conflicts, draft_all, new_draft, number_flags, placeholders, questions, \
        section_flags, signed_report
    from .drafting.limits import NOTE_MAX_BYTES, TooLong, check_note
    from .export import ExportUnavailable, export, readiness
    from .review.isolate import Failed, offload_drafting
    settings = get_settings()
    offload_drafting(settings)
    messages = []
    for notes_file in notes_files:
        try:
            notes = decode(read_limited(notes_file, NOTE_MAX_BYTES)).strip()
            if not notes:
                raise Unreadable("笔记文件为空")
            check_note(notes, sum(map(len, messages)))
        except (OSError, Unreadable, TooLong) as e:
            _say(f"{notes_file}: {e}", err=True)
            sys.exit(2)
        messages.append(notes)
    try:
        last = _load(last_year) if last_year else None
    except Unreadable as e:
        click.echo(f"{last_year}: {e}", err=True)
        sys.exit(2)
    d = new_draft(agency, year, level, last)
    replies = []
    try:
        for notes in messages:
            d, reply = add_notes(d, notes, settings)
            replies.append(reply)
        d.zero_confirmed = zero_blanks
        d.published = signed or d.published
        d = draft_all(d, settings)
    except (Failed, TooLong) as e:  # the notes could not be read within the worker's limits
        _say(f"笔记无法处理：{e}", err=True)
        sys.exit(2)
    report = _signed(signed_report(d), signature, None)
    findings = check(report, last, settings)
    if as_json:
        body = {"report": report.canonical(), "replies": replies, "questions": questions(d, limit=50),
                "conflicts": conflicts(d), "findings": [f.public() for f in findings]}
        click.echo(json.dumps(body, ensure_ascii=False, indent=1))
        return
    fmt = (out.suffix if out else ".md").lstrip(".") or "md"
    try:
        payload = export(report, fmt, unfinished=not readiness(report, findings, numbers=number_flags(d)).finished)
    except (ValueError, ExportUnavailable) as e:
        click.echo(str(e), err=True)
        sys.exit(2)
    if out:
        out.write_bytes(payload)
        _say(f"已写入 {out}")
    else:
        _say(payload.decode("utf-8"))
    # Below, text the LLM wrote (notes on its sections, the guard's context): shown, never obeyed by the terminal.
    for n, section in sorted(d.sections.items()):
        if section.note:
            _say(f"第{n}部分：{section.note}", err=True)
        for flag in section_flags(d, n):
            _say(f"第{n}部分 数字核对：{flag.message()}", err=True)
    todo = sum(len(placeholders(s.text)) for s in report.sections)
    s = summary(findings)
    click.echo(f"校验：错误 {s['errors']}，警告 {s['warnings']}，提示 {s['info']}；待补充 {todo} 处", err=True)
    for f in findings:
        if f.severity == "error":
            _say(f"  错误 {f.rule} {f.message}", err=True)
    for c in conflicts(d):
        _say(f"  矛盾：{c}", err=True)


@main.command("eval")
@click.argument("notes_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--agency", help="机关名称（默认取每份笔记自带的）")
@click.option("--year", type=click.IntRange(2000, 2100), help="报告年度（默认取每份笔记自带的）")
@click.option("--json", "as_json", is_flag=True, help="输出 JSON")
def eval_cmd(notes_dir: Path, agency: str | None, year: int | None, as_json: bool):
    """用当前配置的大模型（未配置则离线）起草一批笔记，逐份按规则打分：错误、待补充、数字核对、抄袭率、缺少的小节、篇幅。

    NOTES_DIR 中每个 .json（messages 字段，多条消息）或 .txt/.md（一条消息）是一份笔记；可用来比较模型和提示词。"""
    from .drafting.evaluate import as_dict, evaluate, totals

    def show(s):  # each case as it finishes: a run cut short keeps what it measured
        _say(f"{s.name}: 错误 {s.errors}，待补充 {s.placeholders}，数字核对 {s.number_flags}，抄袭率 {s.copy_rate:.0%}，"
             f"缺少小节 {len(s.missing_subsections)}，篇幅 " + "/".join(str(s.length[n]) for n in sorted(s.length))
             + f"，用时 {s.seconds:g} 秒"
             + ("（部分改用离线起草：" + "；".join(s.notes) + "）" if s.notes else ""))

    from . import prompts
    settings = get_settings()
    if not as_json:  # which model and which prompts this run measures, before the first case
        click.echo(f"模型：{settings.llm_model or '离线起草'}；提示词版本：{prompts.version()}")
    scores = evaluate(notes_dir, settings, agency, year, on_score=None if as_json else show)
    if as_json:
        click.echo(json.dumps(as_dict(scores), ensure_ascii=False, indent=1))
        return
    t = totals(scores)
    click.echo(f"合计 {t['drafts']} 份：错误 {t['errors']}，待补充 {t['placeholders']}，数字核对 {t['number_flags']}，"
               f"平均抄袭率 {t['mean_copy_rate']:.0%}，缺少小节 {t['missing_subsections']}，改用离线 {t['fell_back']} 份"
               + (f"；大模型写的部分采用 {t['sections_accepted']}、改用离线 {t['sections_fell_back']}"
                  + ("（" + "，".join(f"{k} {v}" for k, v in t["fallback_reasons"].items()) + "）"
                     if t["fallback_reasons"] else "") if any(s.llm for s in scores) else ""))


@main.command("export")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="输出文件：.docx .pdf .html .md .json")
@click.option("--allow-unfinished", is_flag=True,
              help="报告有校验错误或待补充内容时仍然导出，文件首页标注“征求意见稿”")
@click.option("--signature", help="落款单位（默认为报告中的机关名称）")
@click.option("--date", "signed", callback=_date_option, help="落款日期，如 2026-01-20 或 2026年1月20日")
@click.option("--last-year", type=click.Path(dir_okay=False, path_type=Path), help="上年报告，校验时启用跨年度规则")
def export_cmd(file: Path, out: Path, allow_unfinished: bool, signature: str | None, signed, last_year: Path | None):
    """把任意格式的报告导出为官方版式（GB/T 9704）的 Word、PDF、HTML 或 Markdown。

    先校验：有错误或〔待补充〕内容时不导出（退出码 1），除非加 --allow-unfinished。"""
    from .export import ExportUnavailable, export, normalise_format, readiness
    try:
        fmt = normalise_format(out.suffix)
        report = _signed(_load(file), signature, signed)
        last = _load(last_year) if last_year else None
    except Unreadable as e:
        click.echo(f"{file}: {e}", err=True)
        sys.exit(2)
    except ValueError as e:
        click.echo(str(e), err=True)
        sys.exit(2)
    ready = readiness(report, last_year=last, settings=get_settings())
    click.echo(f"校验：错误 {ready.errors} 处，待补充 {ready.placeholders} 处，口语化表述 {ready.register} 处", err=True)
    if not ready.finished and not allow_unfinished:
        click.echo(f"报告尚未完成，未导出。请先改正错误、补全待补充内容、改写口语化表述；如确需导出征求意见稿，请加 --allow-unfinished。",
                   err=True)
        sys.exit(1)
    try:
        out.write_bytes(export(report, fmt, unfinished=not ready.finished))
    except (ValueError, ExportUnavailable) as e:
        click.echo(str(e), err=True)
        sys.exit(2)
    click.echo(f"已写入 {out}" + ("" if ready.finished else "（征求意见稿）"))


@main.command("diff")
@click.argument("this_file", type=click.Path(dir_okay=False, path_type=Path))
@click.argument("last_file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--html", "html_out", type=click.Path(dir_okay=False, path_type=Path), help="把比对结果写成 HTML 页面")
@click.option("--json", "as_json", is_flag=True, help="输出 JSON")
def diff_cmd(this_file: Path, last_file: Path, html_out: Path | None, as_json: bool):
    """与上年报告比对：逐部分相似度、主要数据同比、跨年度核对（X-1…X-6）。有错误时退出码为 1。"""
    from .review.diff import compare, to_html
    try:
        this, last = _load(this_file), _load(last_file)
    except Unreadable as e:
        click.echo(str(e), err=True)
        sys.exit(2)
    c = compare(this, last)
    if html_out:
        html_out.write_text(to_html(c, this, last), encoding="utf-8")
    if as_json:
        click.echo(json.dumps({
            "sections": [{"number": s.number, "similarity": s.similarity, "level": s.level} for s in c.sections],
            "figures": [{"label": f.label, "path": f.path, "this": f.this, "last": f.last, "change": f.change}
                        for f in c.figures],
            "findings": [f.public() for f in c.findings]}, ensure_ascii=False, indent=1))
    else:
        for s in c.sections:
            mark = f"  【{s.level}】" if s.level else ""
            click.echo(f"第{s.number}部分 相似度 {s.similarity:.0%}{mark}")
        for f in c.figures:
            if f.change:
                click.echo(f"  {f.label}：{f.last} → {f.this}（{f.change:+g}）")
        for f in c.findings:
            click.echo(f"  {SEVERITY_ZH[f.severity]} {f.rule} {f.message}")
        if html_out:
            click.echo(f"已写入 {html_out}")
    sys.exit(1 if any(f.severity == "error" for f in c.findings) else 0)


@main.command("rollup")
@click.argument("parent", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("children", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
def rollup_cmd(parent: Path, children: tuple[Path, ...]):
    """A government's 本行政区域 report checked against the sum of its bodies' reports, cell by cell."""
    from .review.rollup import rollup
    result = rollup(_load(parent), [(_load(c).meta.agency or c.name, _load(c)) for c in children])
    if result.note:
        _say(result.note)
    for d in result.differences:
        _say(d.message())
    _say(f"核对 {result.cells} 个单元格：" + ("与下属单位合计一致。" if result.ok else f"{len(result.differences)} 处不一致。"))
    sys.exit(0 if result.ok else 1)

if __name__ == "__main__":
    main()
