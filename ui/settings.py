"""设置: what is active — offline or online drafting, embeddings, corpus, data dir."""
import streamlit as st

from assistant.llm import methods_seen
from assistant.safetext import mask_url, md
from assistant.settings import get_settings
from ui.signin import is_admin

settings = get_settings()
st.title("设置")
if not is_admin():  # server paths and endpoints: admins only, also when this page's URL is opened directly
    st.error("只有管理员可以查看设置。")
    st.stop()
st.caption("配置通过环境变量（NIANBAO_*）或项目目录下的 .env 文件设置，修改后重启应用生效。")

st.subheader("起草")
if settings.llm_enabled:
    # a key carried in the URL (https://user:key@host/v1) is never shown
    st.success(f"大模型起草：{md(settings.llm_model)}（{md(mask_url(settings.llm_base_url)) or 'OpenAI 默认地址'}）")
    method, tried = methods_seen(settings)
    if settings.llm_structured_method != "auto":
        how = method
    elif method:
        how = f"自动检测，当前服务可用 {method}" + "".join(f"（{m} 不可用）" for m, why in tried.items() if why)
    else:
        how = "自动检测（首次提取数字时依次尝试 function_calling、json_schema、json_mode，并记住可用的一种）"
    st.write(f"结构化输出方式：{how}；最大长度参数：{settings.llm_max_tokens_param}；"
             f"超时 {settings.llm_timeout:.0f} 秒（整次调用最长 {settings.llm_deadline:.0f} 秒，回答最长 "
             f"{settings.llm_max_answer_chars} 字），重试 {settings.llm_retries} 次")
    st.write("API 密钥：" + ("已配置" if settings.llm_api_key else "未配置"))
else:
    st.info("离线起草：未配置大模型（NIANBAO_LLM_MODEL），由内置的规范表述起草，不联网。")

st.subheader("范文检索")
st.write(f"向量：{'本地字符 n-gram（无需模型）' if settings.embedding_backend == 'local' else settings.embedding_model}；"
         f"存储：{'Chroma 服务器 ' + md(mask_url(settings.chroma_host)) + ':' + str(settings.chroma_port) if settings.chroma_host else '本机嵌入式 Chroma'}")
try:
    from assistant.drafting import corpus_index
    st.write(f"范文库：{corpus_index(settings).count()} 段")
except Exception as e:  # the page must render even when the index cannot be opened
    st.warning(f"范文库暂不可用（{type(e).__name__}），请运行 nianbao ingest")

st.subheader("数据")
st.write(f"数据目录：{settings.data_dir.resolve()}；范文目录：{settings.corpus_dir.resolve()}")
st.write(f"上传上限：{settings.max_input_mb:.0f} MB")
