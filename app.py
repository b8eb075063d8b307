"""年报助手 — the Streamlit app. Thin: every page only calls the core in assistant/.

Offline: the page icon is a file shipped with the app (static/icon.png), never a name Streamlit would
fetch from a public font host; the navigation icons come from the font bundled in Streamlit itself."""
from pathlib import Path

import streamlit as st

ROOT = Path(__file__).resolve().parent

st.set_page_config(page_title="年报助手", page_icon=str(ROOT / "static" / "icon.png"), layout="wide")

# Streamlit's own English chrome, in Chinese or out of the way: the file uploader's instructions, button
# and size limit (rewritten in place by a small script, no request leaves the page), "Press Enter to
# apply", the app menu and the running indicator, the grid toolbar with its English tooltips.
st.html("""<style>
[data-testid="stMainBlockContainer"] {padding-left:2rem; padding-right:2rem; max-width:none}
[data-testid="InputInstructions"] {display:none !important}
[data-testid="stMainMenu"], [data-testid="stStatusWidget"], [data-testid="stAppDeployButton"] {display:none !important}
[data-testid="stDataFrame"] [data-testid="stElementToolbar"] {display:none !important}
</style>""")
st.html(r"""<script>
(() => {
  const doc = window.parent && window.parent.document ? window.parent.document : document;
  if (doc.__nianbaoZh) return;
  doc.__nianbaoZh = true;
  const rules = [
    [/^Drag and drop (a file|files|directories) here$/, "把文件拖放到这里"],
    [/^Upload( directories)?$/, "上传文件"],
    [/^Browse files$/, "选择文件"],
    [/^([0-9.]+)\s*([KMG]B) per file$/, "每个文件不超过 $1 $2"],
    [/^ • .*$/, ""],
    [/^Press (Ctrl|⌘)?\+?Enter to (apply|submit form)$/, ""],
    [/^No results$/, "没有匹配的选项"],
    [/^Skip to main content$/, "跳到主要内容"],
    [/^(\d+) (options|results?) available\.?$/, "共 $1 个选项"],
    [/^option (.+), selected\.?$/, "已选择 $1"],
    [/^option (.+) focused.*$/, "$1"],
    [/^yyyy$/i, "年"],
    [/^mm$/i, "月"],
    [/^dd$/i, "日"],
    [/^delete icon$/, "删除"],
    [/^[a-z_]+ icon$/, "图标"],
    [/^Choose an option$/, "请选择"],
    [/^No options to select\.?$/, "没有可选的项目"],
    [/^Choose options$/, "请选择"],
  ];
  const fix = (node) => {
    const t = node.nodeValue;
    if (!t || !/[A-Za-z]/.test(t)) return;
    for (const [re, zh] of rules) {
      if (re.test(t)) { node.nodeValue = t.replace(re, zh); return; }
    }
  };
  const fixAttr = (el) => {
    for (const a of ["placeholder", "aria-placeholder", "title"]) {
      const t = el.getAttribute && el.getAttribute(a);
      if (!t || !/[A-Za-z]/.test(t)) continue;
      for (const [re, zh] of rules) {
        if (re.test(t)) { el.setAttribute(a, t.replace(re, zh)); break; }
      }
    }
  };
  const walk = (root) => {
    const w = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let n; while ((n = w.nextNode())) fix(n);
    if (root.querySelectorAll) root.querySelectorAll("[placeholder], [title]").forEach(fixAttr);
    fixAttr(root);
  };
  walk(doc.body);
  new MutationObserver((ms) => ms.forEach((m) => {
    if (m.type === "characterData") fix(m.target);
    if (m.type === "attributes") fixAttr(m.target);
    m.addedNodes.forEach((n) => n.nodeType === 3 ? fix(n) : n.nodeType === 1 && walk(n));
  })).observe(doc.body, {subtree: true, childList: true, characterData: true, attributes: true,
                         attributeFilter: ["placeholder", "title"]});
})();
</script>""", unsafe_allow_javascript=True)

from ui.pages import PAGES, allowed  # noqa: E402
from ui.signin import require_settings, require_sign_in, show_store_notice, show_user  # noqa: E402

require_settings()  # nonsense in the configuration: a Chinese message, and nothing else runs
signed = require_sign_in()  # stops here with a Chinese message or the 登录 button when nobody may use the app
show_user(signed)
show_store_notice()  # a damaged drafts file was set aside at start: everyone is told, and how to get it back
admin = signed.user is None or signed.user.is_admin  # local mode is its own admin
reviewer = signed.user is not None and signed.user.role == "reviewer"
pages = [st.Page(f"ui/{p.file}", title=p.title, icon=p.icon, default=p.default)
         for p in PAGES if allowed(p, admin=admin, reviewer=reviewer)]  # server paths, users, corpus: admins only
st.navigation(pages).run()
