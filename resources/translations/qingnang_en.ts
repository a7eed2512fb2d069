<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>FindBar</name>
    <message>
        <source>在页面中查找</source>
        <translation>Find in page</translation>
    </message>
    <message>
        <source>查找(&amp;N)：</source>
        <translation>Fi&amp;nd:</translation>
    </message>
    <message>
        <source>要查找的文字</source>
        <translation>Text to find</translation>
    </message>
    <message>
        <source>页面中的文字</source>
        <translation>Text on this page</translation>
    </message>
    <message>
        <source>上一处</source>
        <translation>Previous match</translation>
    </message>
    <message>
        <source>上一处（Shift+F3）</source>
        <translation>Previous match (Shift+F3)</translation>
    </message>
    <message>
        <source>↑</source>
        <translation>↑</translation>
    </message>
    <message>
        <source>下一处</source>
        <translation>Next match</translation>
    </message>
    <message>
        <source>下一处（F3）</source>
        <translation>Next match (F3)</translation>
    </message>
    <message>
        <source>↓</source>
        <translation>↓</translation>
    </message>
    <message>
        <source>匹配数</source>
        <translation>Matches</translation>
    </message>
    <message>
        <source>关闭查找</source>
        <translation>Close find bar</translation>
    </message>
    <message>
        <source>关闭（Esc）</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>✕</source>
        <translation>✕</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>青囊</source>
        <translation>Qingnang</translation>
    </message>
    <message>
        <source>侧栏</source>
        <translation>Sidebar</translation>
    </message>
    <message>
        <source>搜索</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>搜索专题、文章、问答</source>
        <translation>Search topics, articles, questions</translation>
    </message>
    <message>
        <source>科室与专题</source>
        <translation>Departments and topics</translation>
    </message>
    <message>
        <source>搜索结果</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>阅读区</source>
        <translation>Reader</translation>
    </message>
    <message>
        <source>问答列表</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>免责声明</source>
        <translation>Disclaimer</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>查看(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>主题(&amp;H)</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <source>前往(&amp;G)</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>导航</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>打开内容包(&amp;O)…</source>
        <translation>&amp;Open Pack…</translation>
    </message>
    <message>
        <source>关闭内容包(&amp;C)</source>
        <translation>&amp;Close Pack</translation>
    </message>
    <message>
        <source>关闭当前页面所在的内容包</source>
        <translation>Close the pack that the current page belongs to</translation>
    </message>
    <message>
        <source>打印(&amp;P)…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>打印当前页面（先预览）</source>
        <translation>Print the current page (with a preview first)</translation>
    </message>
    <message>
        <source>导出为 PDF(&amp;E)…</source>
        <translation>&amp;Export as PDF…</translation>
    </message>
    <message>
        <source>把当前页面保存为 PDF 文件</source>
        <translation>Save the current page as a PDF file</translation>
    </message>
    <message>
        <source>复制(&amp;C)</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>全选(&amp;A)</source>
        <translation>Select &amp;All</translation>
    </message>
    <message>
        <source>在页面中查找(&amp;F)…</source>
        <translation>&amp;Find in Page…</translation>
    </message>
    <message>
        <source>查找下一处(&amp;N)</source>
        <translation>Find &amp;Next</translation>
    </message>
    <message>
        <source>查找上一处(&amp;V)</source>
        <translation>Find Pre&amp;vious</translation>
    </message>
    <message>
        <source>首选项(&amp;P)…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>放大(&amp;I)</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <source>缩小(&amp;O)</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <source>实际大小(&amp;R)</source>
        <translation>&amp;Reset Zoom</translation>
    </message>
    <message>
        <source>跟随系统(&amp;S)</source>
        <translation>Follow &amp;System</translation>
    </message>
    <message>
        <source>浅色(&amp;L)</source>
        <translation>&amp;Light</translation>
    </message>
    <message>
        <source>深色(&amp;D)</source>
        <translation>&amp;Dark</translation>
    </message>
    <message>
        <source>切换侧栏与阅读区(&amp;W)</source>
        <translation>S&amp;witch Between Sidebar and Reader</translation>
    </message>
    <message>
        <source>键盘快捷键(&amp;K)</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>新的隐私会话(&amp;N)</source>
        <translation>&amp;New Private Session</translation>
    </message>
    <message>
        <source>打开一个不保存任何记录的新窗口</source>
        <translation>Open a new window that keeps no history</translation>
    </message>
    <message>
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>后退(&amp;B)</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>后退到上一页</source>
        <translation>Go back one page</translation>
    </message>
    <message>
        <source>前进(&amp;F)</source>
        <translation>&amp;Forward</translation>
    </message>
    <message>
        <source>前进到下一页</source>
        <translation>Go forward one page</translation>
    </message>
    <message>
        <source>首页(&amp;H)</source>
        <translation>&amp;Home</translation>
    </message>
    <message>
        <source>回到首页</source>
        <translation>Go to the home page</translation>
    </message>
    <message>
        <source>搜索(&amp;S)</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>科室目录(&amp;T)</source>
        <translation>&amp;Departments</translation>
    </message>
    <message>
        <source>关于内容包(&amp;P)</source>
        <translation>About &amp;Packs</translation>
    </message>
    <message>
        <source>关于青囊(&amp;A)</source>
        <translation>&amp;About Qingnang</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>首选项</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>外观</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <source>主题(&amp;T)：</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <source>主题</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>跟随系统</source>
        <translation>Follow system</translation>
    </message>
    <message>
        <source>浅色</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>深色</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>阅读字体(&amp;F)：</source>
        <translation>Reading &amp;font:</translation>
    </message>
    <message>
        <source>使用默认阅读字体</source>
        <translation>Use the default reading font</translation>
    </message>
    <message>
        <source>默认</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>阅读字体</source>
        <translation>Reading font</translation>
    </message>
    <message>
        <source>文字大小(&amp;Z)：</source>
        <translation>Text si&amp;ze:</translation>
    </message>
    <message>
        <source>文字大小（百分比）</source>
        <translation>Text size (percent)</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>大字(&amp;L)：界面和页面的文字都放大</source>
        <translation>&amp;Large text in the interface and pages</translation>
    </message>
    <message>
        <source>高对比度(&amp;C)</source>
        <translation>High &amp;contrast</translation>
    </message>
    <message>
        <source>隐私</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>保存搜索记录(&amp;S)</source>
        <translation>&amp;Save search history</translation>
    </message>
    <message>
        <source>默认不保存：健康方面的搜索属于个人隐私。</source>
        <translation>Off by default: health searches are private.</translation>
    </message>
    <message>
        <source>清除浏览和搜索记录(&amp;H)…</source>
        <translation>Clear Browsing and Search &amp;History…</translation>
    </message>
    <message>
        <source>语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>界面语言(&amp;U)：</source>
        <translation>Interface lang&amp;uage:</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>Interface language</translation>
    </message>
</context>
<context>
    <name>qingnang::FindBar</name>
    <message>
        <source>没有找到</source>
        <translation>No matches</translation>
    </message>
    <message>
        <source>第 %1 处，共 %2 处</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>qingnang::LinkPolicy</name>
    <message>
        <source>打开外部网页</source>
        <translation>Open a web page</translation>
    </message>
    <message>
        <source>这个链接指向青囊以外的网页，将在系统浏览器中打开：

%1

要打开吗？</source>
        <translation>This link leads to a web page outside Qingnang. It will open in your web browser:

%1

Open it?</translation>
    </message>
    <message>
        <source>在浏览器中打开</source>
        <translation>Open in Browser</translation>
    </message>
</context>
<context>
    <name>qingnang::MainWindow</name>
    <message>
        <source>输入汉字、拼音或首字母；↓ 选择结果，Enter 打开，Esc 返回目录</source>
        <translation>Type Chinese characters, pinyin or pinyin initials; ↓ to choose a result, Enter to open it, Esc to go back to the departments</translation>
    </message>
    <message>
        <source>当前位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>文字大小 100%</source>
        <translation>Text size 100%</translation>
    </message>
    <message>
        <source>反向切换侧栏与阅读区</source>
        <translation>Switch Between Sidebar and Reader (Backwards)</translation>
    </message>
    <message>
        <source>无法打开隐私会话</source>
        <translation>Could not open a private session</translation>
    </message>
    <message>
        <source>新窗口没能启动。</source>
        <translation>The new window could not be started.</translation>
    </message>
    <message>
        <source>不打开外部链接：%1</source>
        <translation>External links are not opened: %1</translation>
    </message>
    <message>
        <source>当前位置：</source>
        <translation>Location: </translation>
    </message>
    <message>
        <source>没有打开的内容包</source>
        <translation>No packs open</translation>
    </message>
    <message>
        <source>%1 个内容包</source>
        <translation>%1 packs</translation>
    </message>
    <message>
        <source>%1 · %2 个专题 · %3 篇文章 · %4 个问答</source>
        <translation>%1 · %2 topics · %3 articles · %4 questions</translation>
    </message>
    <message>
        <source> · 内容日期 %1</source>
        <translation> · content as of %1</translation>
    </message>
    <message>
        <source>无法打开内容包</source>
        <translation>Could not open pack</translation>
    </message>
    <message>
        <source>有一个内容包无法打开，已跳过。</source>
        <translation>One pack could not be opened and was skipped.</translation>
    </message>
    <message>
        <source>有 %1 个内容包无法打开，已跳过。</source>
        <translation>%1 packs could not be opened and were skipped.</translation>
    </message>
    <message>
        <source>打开内容包</source>
        <translation>Open Pack</translation>
    </message>
    <message>
        <source>青囊内容包 (*.%1);;所有文件 (*)</source>
        <translation>Qingnang packs (*.%1);;All files (*)</translation>
    </message>
    <message>
        <source>这个文件不能作为内容包打开。</source>
        <translation>This file cannot be opened as a pack.</translation>
    </message>
    <message>
        <source>已打开内容包：%1</source>
        <translation>Opened pack: %1</translation>
    </message>
    <message>
        <source>已关闭内容包：%1</source>
        <translation>Closed pack: %1</translation>
    </message>
    <message>
        <source>键盘快捷键</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>按键</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>在搜索结果中移动</source>
        <translation>Move through search results</translation>
    </message>
    <message>
        <source>↑  ↓</source>
        <translation>↑  ↓</translation>
    </message>
    <message>
        <source>打开选中的结果</source>
        <translation>Open the selected result</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>清除搜索，回到目录</source>
        <translation>Clear the search and go back to the departments</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>展开 / 收起目录</source>
        <translation>Expand / collapse a department or topic</translation>
    </message>
    <message>
        <source>→  ←</source>
        <translation>→  ←</translation>
    </message>
    <message>
        <source>在页面中查找上一处</source>
        <translation>Find previous match in page</translation>
    </message>
    <message>
        <source>Shift+Enter（在查找栏中）</source>
        <translation>Shift+Enter (in the find bar)</translation>
    </message>
    <message>
        <source>青囊（隐私会话）</source>
        <translation>Qingnang (Private Session)</translation>
    </message>
    <message>
        <source>青囊</source>
        <translation>Qingnang</translation>
    </message>
    <message>
        <source>使用前请阅读</source>
        <translation>Please Read Before Use</translation>
    </message>
    <message>
        <source>&lt;p&gt;青囊收录的健康知识仅供学习参考，不能代替医生的诊断和治疗。&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;如有身体不适，请及时就医；遇到急症，请立即拨打 120。&lt;/p&gt;</source>
        <translation>&lt;p&gt;The health information in Qingnang is for learning and reference only. It is not a substitute for a doctor&apos;s diagnosis and treatment.&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;If you feel unwell, see a doctor promptly. In an emergency, call 120 at once.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>我已了解</source>
        <translation>I Understand</translation>
    </message>
    <message>
        <source>文字大小 %1%</source>
        <translation>Text size %1%</translation>
    </message>
    <message>
        <source>打印预览 — %1</source>
        <translation>Print Preview — %1</translation>
    </message>
    <message>
        <source>青囊页面</source>
        <translation>Qingnang page</translation>
    </message>
    <message>
        <source>导出为 PDF</source>
        <translation>Export as PDF</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>无法导出 PDF</source>
        <translation>Could not export PDF</translation>
    </message>
    <message>
        <source>已导出：%1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>关闭内容包「%1」</source>
        <translation>Close Pack “%1”</translation>
    </message>
    <message>
        <source>关于青囊</source>
        <translation>About Qingnang</translation>
    </message>
    <message>
        <source>&lt;h3&gt;青囊 %1&lt;/h3&gt;&lt;p&gt;离线的中文健康知识阅读器。&lt;/p&gt;&lt;p&gt;内容仅供参考，不能代替专业医师的诊断和处方。&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Qingnang %1&lt;/h3&gt;&lt;p&gt;An offline reader for Chinese health knowledge.&lt;/p&gt;&lt;p&gt;The content is for reference only and is not a substitute for diagnosis and prescription by a qualified doctor.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>qingnang::PagePrinter</name>
    <message>
        <source>当前位置：</source>
        <translation>Location: </translation>
    </message>
    <message>
        <source>第 %1 页，共 %2 页</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>qingnang::PageRenderer</name>
    <message>
        <source>专题</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>%1个回答</source>
        <translation>Answers: %1</translation>
    </message>
    <message>
        <source>这里列出前 %1 个问题。</source>
        <translation>Only the first %1 questions are listed here.</translation>
    </message>
    <message>
        <source>搜索：%1</source>
        <translation>Search: %1</translation>
    </message>
    <message>
        <source>搜索</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>搜索「%1」</source>
        <translation>Results for “%1”</translation>
    </message>
    <message>
        <source>只在「%1」中搜索。</source>
        <translation>Searching only in “%1”.</translation>
    </message>
    <message>
        <source>搜索全部内容包</source>
        <translation>Search all packs</translation>
    </message>
    <message>
        <source>没有找到结果。可以换一个说法，或只输入关键的词，例如病名或症状。</source>
        <translation>No results. Try other words, or just the key words, such as the name of a disease or a symptom.</translation>
    </message>
    <message>
        <source>没有更多结果了。</source>
        <translation>No more results.</translation>
    </message>
    <message>
        <source>文章</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>问答</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>‹ 上一页</source>
        <translation>‹ Previous page</translation>
    </message>
    <message>
        <source>下一页 ›</source>
        <translation>Next page ›</translation>
    </message>
    <message>
        <source>第 %1 页</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>找不到页面</source>
        <translation>Page Not Found</translation>
    </message>
    <message>
        <source>打开的内容包里没有这个页面。</source>
        <translation>None of the open packs has this page.</translation>
    </message>
    <message>
        <source>回到首页</source>
        <translation>Go to the home page</translation>
    </message>
    <message>
        <source>首页</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>欢迎使用青囊</source>
        <translation>Welcome to Qingnang</translation>
    </message>
    <message>
        <source>青囊是离线的中文健康知识阅读器：按科室和专题浏览文章与患者问答，不需要联网。</source>
        <translation>Qingnang is an offline reader for Chinese health knowledge: browse articles and patients&apos; questions by department and topic, without an internet connection.</translation>
    </message>
    <message>
        <source>现在没有打开任何内容包。</source>
        <translation>No packs are open.</translation>
    </message>
    <message>
        <source>「%1」收录 %2 个专题、%3 篇文章、%4 个问答，内容日期 %5。</source>
        <translation>“%1” has %2 topics, %3 articles and %4 questions. Content date: %5.</translation>
    </message>
    <message>
        <source>未注明</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>科室</source>
        <translation>Departments</translation>
    </message>
    <message>
        <source>%1篇文章 · %2个问答</source>
        <translation>Articles: %1 · Questions: %2</translation>
    </message>
    <message>
        <source>全部 %1 个…</source>
        <translation>All %1…</translation>
    </message>
    <message>
        <source>在左侧的科室目录中选择专题开始阅读。</source>
        <translation>Choose a topic from the departments on the left to start reading.</translation>
    </message>
    <message>
        <source>关于内容包</source>
        <translation>About Packs</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>内容日期</source>
        <translation>Content date</translation>
    </message>
    <message>
        <source>许可</source>
        <translation>License</translation>
    </message>
    <message>
        <source>格式版本</source>
        <translation>Format version</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>又称：%1</source>
        <translation>Also known as: %1</translation>
    </message>
    <message>
        <source>下属专题</source>
        <translation>Subtopics</translation>
    </message>
    <message>
        <source>这里列出前 %1 个，其余的请在左侧目录中查看。</source>
        <translation>Only the first %1 are listed here; find the rest in the departments on the left.</translation>
    </message>
    <message>
        <source>全部 %1 篇文章 ›</source>
        <translation>All %1 articles ›</translation>
    </message>
    <message>
        <source>相关专题</source>
        <translation>Related topics</translation>
    </message>
    <message>
        <source>这个专题还没有内容。</source>
        <translation>This topic has no content yet.</translation>
    </message>
    <message>
        <source>%1在线咨询</source>
        <translation>Questions about %1</translation>
    </message>
    <message>
        <source>更多 (%1) ›</source>
        <translation>More (%1) ›</translation>
    </message>
    <message>
        <source>在线咨询</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>共 %1 个问题</source>
        <translation>%1 questions</translation>
    </message>
    <message>
        <source>%1 · 文章</source>
        <translation>%1 · Articles</translation>
    </message>
    <message>
        <source>共 %1 篇，第 %2 / %3 页</source>
        <translation>%1 articles · page %2 of %3</translation>
    </message>
    <message>
        <source>这个专题没有文章。</source>
        <translation>This topic has no articles.</translation>
    </message>
    <message>
        <source>更新于 %1</source>
        <translation>Updated %1</translation>
    </message>
    <message>
        <source>来源：%1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>本页目录：</source>
        <translation>On this page: </translation>
    </message>
    <message>
        <source>‹ 上一篇：%1</source>
        <translation>‹ Previous: %1</translation>
    </message>
    <message>
        <source>下一篇：%1 ›</source>
        <translation>Next: %1 ›</translation>
    </message>
    <message>
        <source>回答 %1</source>
        <translation>Answer %1</translation>
    </message>
    <message>
        <source>这个问题还没有回答。</source>
        <translation>This question has no answers yet.</translation>
    </message>
    <message>
        <source>‹ 返回%1在线咨询</source>
        <translation>‹ Back to questions about %1</translation>
    </message>
</context>
<context>
    <name>qingnang::QaListModel</name>
    <message>
        <source>%1个回答：%2</source>
        <translation>Answers: %1. %2</translation>
    </message>
    <message>
        <source>%1个回答</source>
        <translation>Answers: %1</translation>
    </message>
</context>
<context>
    <name>qingnang::SearchResultModel</name>
    <message>
        <source>没有找到结果</source>
        <translation>No results</translation>
    </message>
    <message>
        <source>查看全部结果 ›</source>
        <translation>See all results ›</translation>
    </message>
    <message>
        <source>只在「%1」中搜索 ›</source>
        <translation>Search only in “%1” ›</translation>
    </message>
    <message>
        <source>专题</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>文章</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>问答</source>
        <translation>Questions</translation>
    </message>
</context>
<context>
    <name>qingnang::SettingsDialog</name>
    <message>
        <source>清除记录</source>
        <translation>Clear History</translation>
    </message>
    <message>
        <source>清除所有浏览记录和搜索记录？收藏和笔记不受影响。</source>
        <translation>Clear all browsing and search history? Bookmarks and notes are not affected.</translation>
    </message>
    <message>
        <source>跟随系统</source>
        <translation>System default</translation>
    </message>
</context>
<context>
    <name>qingnang::TopicTreeModel</name>
    <message>
        <source>%1篇</source>
        <translation>%1 art.</translation>
    </message>
    <message>
        <source>%1问</source>
        <translation>%1 q.</translation>
    </message>
</context>
<context>
    <name>qingnang::schema</name>
    <message>
        <source>免责声明：本内容仅供参考，不能代替专业医师的诊断和处方。如有身体不适，请及时就医。</source>
        <translation>Disclaimer: this content is for reference only and is not a substitute for diagnosis and prescription by a qualified doctor. If you feel unwell, see a doctor promptly.</translation>
    </message>
</context>
</TS>
