"""How much text one input of the drafting path may carry, and where large inputs are worked on.

Bounded by design, not by the attacks tried: a notes message, a notes file, a revision instruction and a
section's text each have a size limit (refused with a Chinese message; the text stays with the user), and
whatever is larger than a small bound (the number guard, an offline revision, a diff) is worked on in a
worker process with time and memory limits, so that no input holds the app process (and every other
user of the server) for long. The notes are always read there: the solver's search for the statements
that contradict each other grows with their square, whatever the characters. The worker lives a layer above (review/isolate.py): the app and the CLI hand it
in with `offload_with`; unset (a library caller, most tests), the work runs here.
"""
from __future__ import annotations

from typing import Callable

from ..notes.markup import is_markup, markup_text

NOTE_MAX_CHARS = 20_000        # one chat message or one notes file: about ten pages of notes
NOTES_MAX_CHARS = 200_000      # all the notes of one draft
NOTE_MAX_BYTES = 4 * NOTE_MAX_CHARS  # a notes file is read at most this far (UTF-8: 3 bytes a character)
INSTRUCTION_MAX_CHARS = 500    # a revision instruction ("把2023改为2024", "写得更具体")
SECTION_MAX_CHARS = 20_000     # a section's text, typed or written by the LLM
MARKUP_MAX_CHARS = NOTE_MAX_BYTES   # a web page's source pasted: its text is what counts, up to this much markup
IN_PROCESS_CHARS = 2_000       # larger texts go to the worker (measured: bench/notes_attacks.py)


class TooLong(ValueError):
    """An input over its limit, with the Chinese message for the user."""


def check_note(text: str, notes_so_far: int = 0) -> None:
    size = len(text)
    if NOTE_MAX_CHARS < size <= MARKUP_MAX_CHARS and is_markup(text):
        size = len(markup_text(text))  # a page's source: its tags and styles are no words of the note
    if size > NOTE_MAX_CHARS:
        raise TooLong(f"这条笔记有 {size} 字，超过每条 {NOTE_MAX_CHARS} 字的上限，未处理。"
                      "请分成几条依次发送。")
    if notes_so_far + len(text) > NOTES_MAX_CHARS:
        raise TooLong(f"这份草稿的笔记已有 {notes_so_far} 字，加上这条将超过 {NOTES_MAX_CHARS} 字的上限，未处理。"
                      "请只发送需要补充或更正的内容。")


def check_instruction(text: str) -> None:
    if len(text) > INSTRUCTION_MAX_CHARS:
        raise TooLong(f"修改意见有 {len(text)} 字，超过 {INSTRUCTION_MAX_CHARS} 字的上限，未执行。"
                      "请写简短的意见，较大的改动可以直接编辑正文。")


def check_section(text: str) -> None:
    if len(text) > SECTION_MAX_CHARS:
        raise TooLong(f"这一部分的正文有 {len(text)} 字，超过 {SECTION_MAX_CHARS} 字的上限，未保存。"
                      "请精简后再保存。")


# The runner of large inputs: runner(task, *args) -> task(*args), done in a worker process.
_runner: Callable | None = None


def offload_with(runner: Callable | None) -> None:
    """Set (or with None, clear) the worker that large inputs are worked on in."""
    global _runner
    _runner = runner


def bounded(task: Callable, *args, size: int | None = None, small: bool | None = None):
    """task(*args): here for a small input (`size` at most IN_PROCESS_CHARS, or `small`), in the worker
    otherwise. `task` must be a module-level function (the worker imports it by name); its failure there
    raises the worker's error."""
    if _runner is None or (small if small is not None else (size or 0) <= IN_PROCESS_CHARS):
        return task(*args)
    return _runner(task, *args)
