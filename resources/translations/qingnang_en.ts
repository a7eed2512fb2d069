<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>FindBar</name>
    <message>
        <source>在页面中查找</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查找(&amp;N)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>要查找的文字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>页面中的文字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上一处</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上一处（Shift+F3）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下一处</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下一处（F3）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>匹配数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭查找</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭（Esc）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✕</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>青囊</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>侧栏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索专题、文章、问答</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>科室与专题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>阅读区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>问答列表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>免责声明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查看(&amp;V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>主题(&amp;H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>前往(&amp;G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导航</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开内容包(&amp;O)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭内容包(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭当前页面所在的内容包</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印(&amp;P)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印当前页面（先预览）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出为 PDF(&amp;E)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>把当前页面保存为 PDF 文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>复制(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全选(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在页面中查找(&amp;F)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查找下一处(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查找上一处(&amp;V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>首选项(&amp;P)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>放大(&amp;I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缩小(&amp;O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>实际大小(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>跟随系统(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>浅色(&amp;L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>深色(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>切换侧栏与阅读区(&amp;W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>键盘快捷键(&amp;K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新的隐私会话(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开一个不保存任何记录的新窗口</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退出(&amp;Q)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>后退(&amp;B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>后退到上一页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>前进(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>前进到下一页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>首页(&amp;H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>回到首页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>科室目录(&amp;T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关于内容包(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关于青囊(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>首选项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>外观</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>主题(&amp;T)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>主题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>跟随系统</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>浅色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>深色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>阅读字体(&amp;F)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>使用默认阅读字体</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>默认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>阅读字体</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文字大小(&amp;Z)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文字大小（百分比）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>大字(&amp;L)：界面和页面的文字都放大</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>高对比度(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>隐私</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存搜索记录(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>默认不保存：健康方面的搜索属于个人隐私。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>清除浏览和搜索记录(&amp;H)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>语言</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>界面语言(&amp;U)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qingnang::FindBar</name>
    <message>
        <source>没有找到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 %1 处，共 %2 处</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qingnang::MainWindow</name>
    <message>
        <source>输入汉字、拼音或首字母；↓ 选择结果，Enter 打开，Esc 返回目录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当前位置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文字大小 100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>反向切换侧栏与阅读区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法打开隐私会话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新窗口没能启动。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不打开外部链接：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当前位置：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有打开的内容包</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 个内容包</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 个专题 · %3 篇文章 · %4 个问答</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · 内容日期 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法打开内容包</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有一个内容包无法打开，已跳过。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有 %1 个内容包无法打开，已跳过。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开内容包</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>青囊内容包 (*.%1);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这个文件不能作为内容包打开。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已打开内容包：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已关闭内容包：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>键盘快捷键</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按键</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在搜索结果中移动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑  ↓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开选中的结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>清除搜索，回到目录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>展开 / 收起目录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→  ←</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在页面中查找上一处</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+Enter（在查找栏中）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>青囊（隐私会话）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>青囊</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>使用前请阅读</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;青囊收录的健康知识仅供学习参考，不能代替医生的诊断和治疗。&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;如有身体不适，请及时就医；遇到急症，请立即拨打 120。&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>我已了解</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文字大小 %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印预览 — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>青囊页面</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出为 PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法导出 PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导出：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭内容包「%1」</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关于青囊</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;青囊 %1&lt;/h3&gt;&lt;p&gt;离线的中文健康知识阅读器。&lt;/p&gt;&lt;p&gt;内容仅供参考，不能代替专业医师的诊断和处方。&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qingnang::PagePrinter</name>
    <message>
        <source>当前位置：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 %1 页，共 %2 页</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qingnang::PageRenderer</name>
    <message>
        <source>专题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1个回答</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这里列出前 %1 个问题。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索「%1」</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只在「%1」中搜索。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索全部内容包</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有找到结果。可以换一个说法，或只输入关键的词，例如病名或症状。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有更多结果了。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文章</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>问答</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‹ 上一页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下一页 ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 %1 页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到页面</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开的内容包里没有这个页面。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>回到首页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>首页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>欢迎使用青囊</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>青囊是离线的中文健康知识阅读器：按科室和专题浏览文章与患者问答，不需要联网。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>现在没有打开任何内容包。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>「%1」收录 %2 个专题、%3 篇文章、%4 个问答，内容日期 %5。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未注明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>科室</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1篇文章 · %2个问答</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部 %1 个…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在左侧的科室目录中选择专题开始阅读。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关于内容包</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>内容日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>许可</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>格式版本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>又称：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下属专题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这里列出前 %1 个，其余的请在左侧目录中查看。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部 %1 篇文章 ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>相关专题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这个专题还没有内容。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1在线咨询</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>更多 (%1) ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在线咨询</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 %1 个问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · 文章</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 %1 篇，第 %2 / %3 页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这个专题没有文章。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>更新于 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>来源：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本页目录：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‹ 上一篇：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下一篇：%1 ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>回答 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这个问题还没有回答。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‹ 返回%1在线咨询</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qingnang::QaListModel</name>
    <message>
        <source>%1个回答：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1个回答</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qingnang::SearchResultModel</name>
    <message>
        <source>没有找到结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查看全部结果 ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只在「%1」中搜索 ›</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qingnang::SettingsDialog</name>
    <message>
        <source>清除记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>清除所有浏览记录和搜索记录？收藏和笔记不受影响。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>跟随系统</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qingnang::TopicTreeModel</name>
    <message>
        <source>%1篇</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1问</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qingnang::schema</name>
    <message>
        <source>免责声明：本内容仅供参考，不能代替专业医师的诊断和处方。如有身体不适，请及时就医。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
