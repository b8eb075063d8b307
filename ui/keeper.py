"""Typed text is never lost: a small script in the page sends what the user types into a section box or the
chat box to the server (a second after they stop typing, and at once when they leave the box), where it is
kept in the store per user and draft until saved or given up; while anything is unsaved, leaving or
reloading the page asks first. On a reload the kept chat text is put back into the chat box (the section
boxes are filled by the page itself)."""
from __future__ import annotations

import streamlit as st

_JS = r"""
export default function (component) {
  const { data, setTriggerValue } = component;
  const k = window.__nianbaoKeeper || (window.__nianbaoKeeper = { pending: new Map(), timer: null, restored: new Set() });
  k.data = data || {};
  k.send = setTriggerValue;
  const fieldOf = (el) => {
    if (!el || el.tagName !== "TEXTAREA") return null;
    if (el.closest("[data-testid=stChatInput]")) return "chat";
    const box = el.closest("[class*='st-key-text_']");
    const m = box && box.className.match(/st-key-text_(\d+)_/);
    return m ? "text:" + m[1] : null;
  };
  const flush = () => {
    clearTimeout(k.timer);
    k.timer = null;
    if (!k.pending.size || !k.data.draft) return;
    const fields = Object.fromEntries(k.pending);
    k.pending.clear();
    k.send("typed", { draft: k.data.draft, version: k.data.version, fields });
    k.data.dirty = true;  // kept on the server now: unsaved until saved or given up (only parts of the page rerun)
  };
  if (!k.installed) {
    k.installed = true;
    document.addEventListener("input", (e) => {
      const f = fieldOf(e.target);
      if (!f || !k.data.draft || k.restoring) return;
      k.pending.set(f, e.target.value);
      clearTimeout(k.timer);
      k.timer = setTimeout(flush, 800);
    }, true);
    document.addEventListener("focusout", (e) => { if (fieldOf(e.target)) flush(); }, true);
    // Sending the chat message: what was typed is now a message, not unsaved text.
    const sent = () => { k.pending.delete("chat"); };
    document.addEventListener("keydown", (e) => {
      if (e.key === "Enter" && !e.shiftKey && fieldOf(e.target) === "chat") sent();
    }, true);
    document.addEventListener("click", (e) => {
      if (e.target.closest && e.target.closest("[data-testid=stChatInputSubmitButton]")) sent();
    }, true);
    // Pressing a form's button (保存修改) saves the text of its boxes: nothing to keep, and no second rerun
    // racing the submission. Pointer down comes before the box loses focus.
    document.addEventListener("pointerdown", (e) => {
      const form = e.target.closest && e.target.closest("[data-testid=stForm]");
      if (!form || !e.target.closest("button")) return;
      form.querySelectorAll("textarea").forEach((box) => { const f = fieldOf(box); if (f) k.pending.delete(f); });
      if (!k.pending.size) { clearTimeout(k.timer); k.timer = null; }
    }, true);
    window.addEventListener("beforeunload", (e) => {
      if (!k.pending.size && !k.data.dirty) return;
      flush();
      e.preventDefault();
      e.returnValue = "";  // the browser's own "leave the page?" prompt
    });
  }
  // Put the kept chat text back once per draft and session, when the chat box is empty.
  const chat = k.data.chat;
  const tag = k.data.draft + ":" + (k.data.session || "");
  if (chat && !k.restored.has(tag)) {
    let tries = 0;
    const put = () => {
      const box = document.querySelector("[data-testid=stChatInput] textarea");
      if (!box) { if (tries++ < 100) setTimeout(put, 100); return; }
      k.restored.add(tag);
      if (box.value) return;
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value").set.call(box, chat);
      k.restoring = true;  // already kept on the server: not sent back
      try { box.dispatchEvent(new Event("input", { bubbles: true })); } finally { k.restoring = false; }
    };
    put();
  }
  return () => { k.data = {}; };
}
"""

_keeper = st.components.v2.component("nianbao_keeper", js=_JS)


def keep_typing(draft_id: str, version: int, chat: str, dirty: bool, on_typed) -> None:
    """Mount the script for this draft; `on_typed()` reads `typed()` and keeps it."""
    session = st.session_state.setdefault("keeper_session", id(st.session_state))
    _keeper(key="keeper", data={"draft": draft_id, "version": version, "chat": chat, "dirty": dirty,
                                "session": str(session)},
            on_typed_change=on_typed, height=0)


def typed() -> tuple[str, int, dict[str, str]] | None:
    """(draft id, version, {field: text}) just sent by the script, or None."""
    value = (st.session_state.get("keeper") or {}).get("typed")
    if not isinstance(value, dict) or not isinstance(value.get("fields"), dict):
        return None
    fields = {str(f): str(t) for f, t in value["fields"].items() if isinstance(t, str)}
    return str(value.get("draft")), value.get("version"), fields
