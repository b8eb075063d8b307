"""Drafting a report from notes: the figures go into the tables (notes grammar + solver), the
narrative sections are written by the LLM (when configured) or by the offline composer, and every
number in the text is checked against the facts.

state.py     the draft as stored (only what the official gave)
view.py      everything derived from it, once per version: tables, facts, conflicts, questions
dialogue.py  one chat message in, a reply out
composer.py  the offline composer
guard.py     the number guard
writer.py    LLM sections, revisions, prompts
ops.py       what a user did, kept as operations to apply again on a newer version
"""
from .composer import (
    PLACEHOLDER, compose, findings, full_report, note_topics, placeholders, preamble, section_text, signed_report,
)
from .dialogue import add_notes
from .guard import allowed_numbers, guard, number_flags, section_flags
from .state import Draft, NumberFlag, Proposal, SectionDraft, confirm_number, new_draft, set_cell, set_section_text
from .view import (NARRATIVE_QUESTIONS, Question, View, conflicts, fact, facts, narrative_questions, open_questions,
                   questions, tables_report, view)
from .writer import (
    clean_llm_text, corpus_index, draft_all, draft_section, is_chinese, messages_for, prompt, revise_section,
    stream_section,
)
from ..form.official import NARRATIVE_SECTIONS

__all__ = [
    "NARRATIVE_QUESTIONS", "NARRATIVE_SECTIONS", "PLACEHOLDER", "Draft", "NumberFlag", "Proposal", "SectionDraft", "View", "add_notes",
    "allowed_numbers", "clean_llm_text", "compose", "confirm_number", "conflicts", "corpus_index", "draft_all",
    "draft_section", "fact", "facts", "findings", "full_report", "guard", "is_chinese", "messages_for", "new_draft",
    "narrative_questions", "note_topics", "number_flags", "open_questions", "placeholders", "preamble", "prompt",
    "Question", "questions", "revise_section", "section_flags",
    "section_text", "set_cell", "signed_report", "set_section_text", "stream_section", "tables_report", "view",
]
