<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>BookmarkDialog</name>
    <message>
        <source>收藏本页</source>
        <translation>Bookmark This Page</translation>
    </message>
    <message>
        <source>名称(&amp;N)：</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>收藏的名称</source>
        <translation>Bookmark name</translation>
    </message>
    <message>
        <source>文件夹(&amp;F)：</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>收藏到的文件夹</source>
        <translation>Folder for the bookmark</translation>
    </message>
    <message>
        <source>新建文件夹(&amp;W)…</source>
        <translation>Ne&amp;w Folder…</translation>
    </message>
    <message>
        <source>新建文件夹</source>
        <translation>New Folder</translation>
    </message>
    <message>
        <source>取消收藏(&amp;R)</source>
        <translation>&amp;Remove Bookmark</translation>
    </message>
    <message>
        <source>取消收藏</source>
        <translation>Remove bookmark</translation>
    </message>
</context>
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
    <message>
        <source>本页笔记</source>
        <translation>Note on This Page</translation>
    </message>
    <message>
        <source>书签(&amp;B)</source>
        <translation>&amp;Bookmarks</translation>
    </message>
    <message>
        <source>历史记录(&amp;Y)</source>
        <translation>Histor&amp;y</translation>
    </message>
    <message>
        <source>读过的页面，最近的在前</source>
        <translation>The pages you have read, latest first</translation>
    </message>
    <message>
        <source>清除历史记录(&amp;C)…</source>
        <translation>&amp;Clear History…</translation>
    </message>
    <message>
        <source>清除浏览记录和搜索记录（收藏和笔记不受影响）</source>
        <translation>Clear the browsing and search history (bookmarks and notes stay)</translation>
    </message>
    <message>
        <source>收藏本页(&amp;A)…</source>
        <translation>&amp;Add Bookmark…</translation>
    </message>
    <message>
        <source>把本页加入收藏</source>
        <translation>Bookmark this page</translation>
    </message>
    <message>
        <source>本页笔记(&amp;N)…</source>
        <translation>&amp;Note on This Page…</translation>
    </message>
    <message>
        <source>给本页写一条自己的笔记</source>
        <translation>Write your own note on this page</translation>
    </message>
    <message>
        <source>全部收藏与笔记(&amp;S)</source>
        <translation>&amp;Show All Bookmarks and Notes</translation>
    </message>
    <message>
        <source>导入收藏与笔记(&amp;I)…</source>
        <translation>&amp;Import Bookmarks and Notes…</translation>
    </message>
    <message>
        <source>导出收藏与笔记(&amp;E)…</source>
        <translation>&amp;Export Bookmarks and Notes…</translation>
    </message>
    <message>
        <source>整理收藏(&amp;O)…</source>
        <translation>&amp;Organize Bookmarks…</translation>
    </message>
    <message>
        <source>重命名、删除、排序收藏和文件夹</source>
        <translation>Rename, remove and reorder bookmarks and folders</translation>
    </message>
    <message>
        <source>目录排序(&amp;L)</source>
        <translation>&amp;List Order</translation>
    </message>
    <message>
        <source>自动：长的列表按拼音分组(&amp;A)</source>
        <translation>&amp;Automatic: Long Lists by Pinyin, A–Z</translation>
    </message>
    <message>
        <source>短的列表保持内容包的顺序，超过 60 项的列表按拼音排序并分成 A–Z 组</source>
        <translation>Short lists keep the pack’s order; lists of more than 60 entries are sorted by pinyin and grouped A–Z</translation>
    </message>
    <message>
        <source>按内容包的顺序(&amp;P)</source>
        <translation>&amp;Pack’s Order</translation>
    </message>
    <message>
        <source>全部按拼音排序(&amp;Y)</source>
        <translation>Pin&amp;yin Everywhere</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>本页笔记</source>
        <translation>Note on This Page</translation>
    </message>
    <message>
        <source>笔记内容</source>
        <translation>Note text</translation>
    </message>
    <message>
        <source>写下你自己的笔记。笔记只保存在这台电脑上；清空后保存即删除笔记。</source>
        <translation>Write your own note. Notes are kept on this computer only; save an empty note to delete it.</translation>
    </message>
</context>
<context>
    <name>OrganizeBookmarksDialog</name>
    <message>
        <source>整理收藏</source>
        <translation>Organize Bookmarks</translation>
    </message>
    <message>
        <source>收藏和文件夹</source>
        <translation>Bookmarks and folders</translation>
    </message>
    <message>
        <source>打开(&amp;O)</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>新建文件夹(&amp;N)…</source>
        <translation>&amp;New Folder…</translation>
    </message>
    <message>
        <source>重命名(&amp;R)…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <source>重命名（F2）</source>
        <translation>Rename (F2)</translation>
    </message>
    <message>
        <source>删除(&amp;D)</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>删除（Delete）</source>
        <translation>Delete (Delete)</translation>
    </message>
    <message>
        <source>移到文件夹(&amp;M)…</source>
        <translation>&amp;Move to Folder…</translation>
    </message>
    <message>
        <source>上移(&amp;U)</source>
        <translation>Move &amp;Up</translation>
    </message>
    <message>
        <source>上移（Alt+↑）</source>
        <translation>Move up (Alt+↑)</translation>
    </message>
    <message>
        <source>下移(&amp;W)</source>
        <translation>Move Do&amp;wn</translation>
    </message>
    <message>
        <source>下移（Alt+↓）</source>
        <translation>Move down (Alt+↓)</translation>
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
    <name>qingnang::AboutBox</name>
    <message>
        <source>来源：%1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>内容日期：%1</source>
        <translation>Content date: %1</translation>
    </message>
    <message>
        <source>许可：%1</source>
        <translation>License: %1</translation>
    </message>
    <message>
        <source>关于青囊</source>
        <translation>About Qingnang</translation>
    </message>
    <message>
        <source>&lt;h3&gt;青囊 %1&lt;/h3&gt;&lt;p&gt;离线的中文健康知识阅读器。程序以 MIT 许可发布。&lt;/p&gt;&lt;p&gt;内容仅供参考，不能代替专业医师的诊断和处方。&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Qingnang %1&lt;/h3&gt;&lt;p&gt;An offline reader for Chinese health knowledge. The program is released under the MIT licence.&lt;/p&gt;&lt;p&gt;The content is for reference only and is no substitute for a qualified doctor&apos;s diagnosis and prescription.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>qingnang::BookmarkDialog</name>
    <message>
        <source>编辑收藏</source>
        <translation>Edit Bookmark</translation>
    </message>
    <message>
        <source>收藏（顶层）</source>
        <translation>Bookmarks (top level)</translation>
    </message>
    <message>
        <source>新建文件夹</source>
        <translation>New Folder</translation>
    </message>
    <message>
        <source>文件夹名称：</source>
        <translation>Folder name:</translation>
    </message>
    <message>
        <source>没能保存：%1</source>
        <translation>Could not save: %1</translation>
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
        <source>编辑本页收藏(&amp;A)…</source>
        <translation>Edit &amp;Bookmark…</translation>
    </message>
    <message>
        <source>收藏本页(&amp;A)…</source>
        <translation>&amp;Add Bookmark…</translation>
    </message>
    <message>
        <source>我的笔记：</source>
        <translation>My note: </translation>
    </message>
    <message>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>已收藏：%1</source>
        <translation>Bookmarked: %1</translation>
    </message>
    <message>
        <source>已收藏到“%1”：%2</source>
        <translation>Bookmarked in “%1”: %2</translation>
    </message>
    <message>
        <source>已取消收藏：%1</source>
        <translation>Bookmark removed: %1</translation>
    </message>
    <message>
        <source>笔记已保存</source>
        <translation>Note saved</translation>
    </message>
    <message>
        <source>笔记已删除</source>
        <translation>Note deleted</translation>
    </message>
    <message>
        <source>更多…</source>
        <translation>More…</translation>
    </message>
    <message>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>还没有收藏</source>
        <translation>No bookmarks yet</translation>
    </message>
    <message>
        <source>青囊收藏与笔记-%1.json</source>
        <translation>qingnang-bookmarks-%1.json</translation>
    </message>
    <message>
        <source>导出收藏与笔记</source>
        <translation>Export Bookmarks and Notes</translation>
    </message>
    <message>
        <source>JSON 文件 (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>无法导出</source>
        <translation>Could Not Export</translation>
    </message>
    <message>
        <source>已导出收藏与笔记：%1</source>
        <translation>Bookmarks and notes exported to %1</translation>
    </message>
    <message>
        <source>导入收藏与笔记</source>
        <translation>Import Bookmarks and Notes</translation>
    </message>
    <message>
        <source>JSON 文件 (*.json);;所有文件 (*)</source>
        <translation>JSON files (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>无法导入</source>
        <translation>Could Not Import</translation>
    </message>
    <message>
        <source>%1

没有导入任何内容。</source>
        <translation>%1

Nothing was imported.</translation>
    </message>
    <message>
        <source>新增收藏 %1 条（已有 %2 条未重复添加），新增文件夹 %3 个，新增笔记 %4 条，更新笔记 %5 条（%6 条本机的更新，保留未动）。</source>
        <translation>Bookmarks added: %1 (%2 already there, not added again). Folders added: %3. Notes added: %4, updated: %5 (%6 newer here, kept as they were).</translation>
    </message>
    <message>
        <source>已导入：%1</source>
        <translation>Imported: %1</translation>
    </message>
    <message>
        <source>导入完成</source>
        <translation>Import Finished</translation>
    </message>
    <message>
        <source>收藏和笔记无法打开</source>
        <translation>Bookmarks and Notes Cannot Be Opened</translation>
    </message>
    <message>
        <source>%1

本次使用中的收藏、笔记和历史记录只保存在内存里，关闭后不会保留。</source>
        <translation>%1

In this session, bookmarks, notes and history are kept in memory only and are gone when you quit.</translation>
    </message>
    <message>
        <source>可以把损坏的文件改名留在原处，再新建一个空的文件。</source>
        <translation>The damaged file can be renamed and left where it is, and a new, empty one started.</translation>
    </message>
    <message>
        <source>新建（保留旧文件）</source>
        <translation>Start Afresh (Keep the Old File)</translation>
    </message>
    <message>
        <source>本次不保存</source>
        <translation>Don’t Save This Time</translation>
    </message>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>已新建收藏文件；旧文件保留为 %1</source>
        <translation>Started a new bookmarks file; the old one was kept as %1</translation>
    </message>
    <message>
        <source>清除历史记录</source>
        <translation>Clear History</translation>
    </message>
    <message>
        <source>清除所有浏览记录和搜索记录？收藏和笔记不受影响。</source>
        <translation>Clear all browsing and search history? Bookmarks and notes are not affected.</translation>
    </message>
    <message>
        <source>无法清除历史记录</source>
        <translation>Could Not Clear History</translation>
    </message>
    <message>
        <source>历史记录已清除</source>
        <translation>History cleared</translation>
    </message>
    <message>
        <source>内容日期 %1</source>
        <translation>content as of %1</translation>
    </message>
    <message>
        <source>、</source>
        <translation> / </translation>
    </message>
    <message>
        <source>关闭内容包「%1」…</source>
        <translation>Close Pack “%1”…</translation>
    </message>
    <message>
        <source>关闭内容包「%1」(&amp;C)…</source>
        <translation>&amp;Close Pack “%1”…</translation>
    </message>
    <message>
        <source>关闭内容包(&amp;C)</source>
        <translation>&amp;Close Pack</translation>
    </message>
    <message>
        <source>重新打开内容包(&amp;R)</source>
        <translation>&amp;Reopen Pack</translation>
    </message>
    <message>
        <source>关闭内容包</source>
        <translation>Close Pack</translation>
    </message>
    <message>
        <source>关闭内容包「%1」？</source>
        <translation>Close the pack “%1”?</translation>
    </message>
    <message>
        <source>关闭后，它的页面、书签和笔记暂时打不开，文件不会被删除。
可以用「文件 › 重新打开内容包」再次打开。</source>
        <translation>Its pages, bookmarks and notes cannot be opened while it is closed; the file is not deleted.
File › Reopen Pack opens it again.</translation>
    </message>
    <message>
        <source>已重新打开内容包：%1</source>
        <translation>Pack reopened: %1</translation>
    </message>
    <message>
        <source>本页已收藏（Ctrl+D 编辑）</source>
        <translation>This page is bookmarked (Ctrl+D to edit)</translation>
    </message>
    <message>
        <source>收藏本页（Ctrl+D）</source>
        <translation>Bookmark this page (Ctrl+D)</translation>
    </message>
</context>
<context>
    <name>qingnang::NoteDialog</name>
    <message>
        <source>页面：%1</source>
        <translation>Page: %1</translation>
    </message>
    <message>
        <source>%1 字，超过了 %2 字的上限</source>
        <translation>%1 characters, over the limit of %2</translation>
    </message>
    <message>
        <source>%1 字</source>
        <translation>%1 characters</translation>
    </message>
    <message>
        <source>没能保存：%1</source>
        <translation>Could not save: %1</translation>
    </message>
</context>
<context>
    <name>qingnang::OrganizeBookmarksDialog</name>
    <message>
        <source>没能保存：%1</source>
        <translation>Could not save: %1</translation>
    </message>
    <message>
        <source>新建文件夹</source>
        <translation>New Folder</translation>
    </message>
    <message>
        <source>文件夹名称：</source>
        <translation>Folder name:</translation>
    </message>
    <message>
        <source>重命名</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>新的名称：</source>
        <translation>New name:</translation>
    </message>
    <message>
        <source>删除文件夹</source>
        <translation>Delete Folder</translation>
    </message>
    <message>
        <source>删除文件夹“%1”和其中的全部内容（%2 条收藏）？</source>
        <translation>Delete the folder “%1” and everything in it (%2 bookmarks)?</translation>
    </message>
    <message>
        <source>收藏（顶层）</source>
        <translation>Bookmarks (top level)</translation>
    </message>
    <message>
        <source>移到文件夹</source>
        <translation>Move to Folder</translation>
    </message>
    <message>
        <source>移到：</source>
        <translation>Move to:</translation>
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
        <source>文章</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>问答</source>
        <translation>Questions</translation>
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
        <source>现在没有打开任何内容包。</source>
        <translation>No packs are open.</translation>
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
        <source>全部 %1 个…</source>
        <translation>All %1…</translation>
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
        <source>共 %1 个问题</source>
        <translation>%1 questions</translation>
    </message>
    <message>
        <source>%1 · 文章</source>
        <translation>%1 · Articles</translation>
    </message>
    <message>
        <source>这个专题没有文章。</source>
        <translation>This topic has no articles.</translation>
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
        <source>历史记录</source>
        <translation>History</translation>
    </message>
    <message>
        <source>还没有阅读记录。打开的页面会记在这里。</source>
        <translation>Nothing read yet. The pages you open are listed here.</translation>
    </message>
    <message>
        <source>共 %1 个页面。清除历史记录：“前往”菜单或首选项。</source>
        <translation>Pages: %1. To clear the history, use the Go menu or the preferences.</translation>
    </message>
    <message>
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>昨天</source>
        <translation>Yesterday</translation>
    </message>
    <message>
        <source>%1 次</source>
        <translation>%1 visits</translation>
    </message>
    <message>
        <source>收藏与笔记</source>
        <translation>Bookmarks and Notes</translation>
    </message>
    <message>
        <source>还没有收藏。在页面上按 Ctrl+D 收藏它，按 Ctrl+Shift+M 给它写一条笔记。</source>
        <translation>No bookmarks yet. On a page, press Ctrl+D to bookmark it and Ctrl+Shift+M to write a note on it.</translation>
    </message>
    <message>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>其他笔记</source>
        <translation>Other notes</translation>
    </message>
    <message>
        <source>患者问答</source>
        <translation>Patients’ questions</translation>
    </message>
    <message>
        <source>‹ 返回%1患者问答</source>
        <translation>‹ Back to questions about %1</translation>
    </message>
    <message>
        <source>编写日期 %1</source>
        <translation>Written %1</translation>
    </message>
    <message>
        <source>许可：%1</source>
        <translation>License: %1</translation>
    </message>
    <message>
        <source>正在搜索…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>可以换一个说法，或只输入关键的词，例如病名或症状。</source>
        <translation>Try other words, or only the key words, such as the name of a condition or a symptom.</translation>
    </message>
    <message>
        <source>找到 %1 条以上的结果。</source>
        <translation>More than %1 results.</translation>
    </message>
    <message>
        <source>找到 %1 条结果。</source>
        <translation>%1 results.</translation>
    </message>
    <message>
        <source>青囊是离线的中文健康知识阅读器：按科室和专题浏览文章与患者问答，不需要联网。在左侧输入症状或病名即可搜索。</source>
        <translation>Qingnang is an offline reader of Chinese health knowledge: browse articles and patients’ questions by department and topic, without a network. Type a symptom or the name of a condition at the left to search.</translation>
    </message>
    <message>
        <source>专题索引（A–Z）›</source>
        <translation>Topic index (A–Z) ›</translation>
    </message>
    <message>
        <source>%1 个专题</source>
        <translation>%1 topics</translation>
    </message>
    <message>
        <source>专题索引</source>
        <translation>Topic index</translation>
    </message>
    <message>
        <source>「%1」的 %2 个专题，按拼音排序。</source>
        <translation>The %2 topics of “%1”, in pinyin order.</translation>
    </message>
    <message>
        <source>这里列出前 %1 个。</source>
        <translation>The first %1 are listed here.</translation>
    </message>
    <message>
        <source>这个内容包还没有专题。</source>
        <translation>This pack has no topics yet.</translation>
    </message>
    <message>
        <source>审核</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>其他专题</source>
        <translation>Other topics</translation>
    </message>
    <message>
        <source>%1患者问答</source>
        <translation>Questions about %1</translation>
    </message>
    <message>
        <source>全部 %1 个 ›</source>
        <translation>All %1 ›</translation>
    </message>
    <message>
        <source>共 %1 篇</source>
        <translation>%1 articles</translation>
    </message>
    <message>
        <source>‹ 上一页</source>
        <translation>‹ Previous page</translation>
    </message>
    <message>
        <source>第 %1 / %2 页</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>下一页 ›</source>
        <translation>Next page ›</translation>
    </message>
    <message>
        <source>⚠ 出现以下情况，立即拨打120：</source>
        <translation>⚠ Call 120 at once if:</translation>
    </message>
    <message>
        <source>请先看这里</source>
        <translation>Read this first</translation>
    </message>
    <message>
        <source>⚠ 可能是急症</source>
        <translation>⚠ This may be an emergency</translation>
    </message>
    <message>
        <source>⚠ 需要尽快就医</source>
        <translation>⚠ See a doctor soon</translation>
    </message>
    <message>
        <source>阅读相关页面 ›</source>
        <translation>Read the related page ›</translation>
    </message>
    <message>
        <source>你是不是要找：</source>
        <translation>Did you mean: </translation>
    </message>
    <message>
        <source>没有找到与「%1」有关的内容。</source>
        <translation>Nothing was found for “%1”.</translation>
    </message>
    <message>
        <source>相近的专题：</source>
        <translation>Similar topics: </translation>
    </message>
    <message>
        <source>按症状查找</source>
        <translation>Browse by symptom</translation>
    </message>
    <message>
        <source>浏览全部科室</source>
        <translation>Browse all departments</translation>
    </message>
    <message>
        <source>从 %1 导入（%2 格式）</source>
        <translation>imported (%2) from %1</translation>
    </message>
    <message>
        <source>%1 篇文章</source>
        <translation>%1 articles</translation>
    </message>
    <message>
        <source>%1 个问答</source>
        <translation>%1 questions</translation>
    </message>
    <message>
        <source>内容包已关闭</source>
        <translation>Pack closed</translation>
    </message>
    <message>
        <source>这个页面在内容包「%1」中，它已经关闭。</source>
        <translation>This page is in the pack “%1”, which is closed.</translation>
    </message>
    <message>
        <source>重新打开「%1」</source>
        <translation>Reopen “%1”</translation>
    </message>
    <message>
        <source>也可以用菜单「文件 › 重新打开内容包」。</source>
        <translation>The menu File › Reopen Pack does it too.</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>还没有内容，内容日期 %1。</source>
        <translation>Nothing in it yet; content as of %1.</translation>
    </message>
    <message>
        <source>收录 %1，内容日期 %2。</source>
        <translation>%1; content as of %2.</translation>
    </message>
    <message>
        <source>整理收藏：改名、移动、删除，管理文件夹 ›</source>
        <translation>Organize bookmarks: rename, move, remove, manage folders ›</translation>
    </message>
    <message>
        <source>青囊收录的是健康知识：疾病、症状、检查、用药、急救和保健。这个问题看起来与健康无关。如果你想问的是身体上的不适，请直接写出哪里不舒服，例如「胃疼」「孩子发烧」。</source>
        <translation>Qingnang holds health knowledge: illnesses, symptoms, tests, medicines, first aid and prevention. This question does not look like a health question. If you mean something wrong with your body, say plainly what feels wrong, for example “stomach ache” or “child has a fever”.</translation>
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
    <message>
        <source>你是不是要找：%1</source>
        <translation>Did you mean: %1</translation>
    </message>
    <message>
        <source>相近的专题</source>
        <translation>Similar topics</translation>
    </message>
    <message>
        <source>按症状查找 ›</source>
        <translation>Browse by symptom ›</translation>
    </message>
    <message>
        <source>浏览全部科室 ›</source>
        <translation>Browse all departments ›</translation>
    </message>
    <message>
        <source>换个说法，或只输入病名、症状试试</source>
        <translation>Try other words, or just a condition or symptom</translation>
    </message>
    <message>
        <source>这里只有健康知识，这个问题看起来不是健康问题</source>
        <translation>Only health knowledge here; this does not look like a health question</translation>
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
    <name>qingnang::ShortcutsDialog</name>
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
    <message>
        <source>%1项</source>
        <translation>%1 entries</translation>
    </message>
    <message>
        <source>以 %1 开头的 %2</source>
        <translation>%2 starting with %1</translation>
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
