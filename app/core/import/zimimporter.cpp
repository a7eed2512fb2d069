// SPDX-License-Identifier: MIT
#include "zimimporter.h"

#include "htmlsections.h"

#include "pack/packschema.h"
#include "pack/packwriter.h"
#include "text/charmaps.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QLoggingCategory>
#include <QUrl>

#include <zim/archive.h>
#include <zim/entry.h>
#include <zim/error.h>
#include <zim/item.h>

#include <algorithm>
#include <exception>
#include <memory>
#include <optional>
#include <vector>

namespace qingnang {

Q_LOGGING_CATEGORY(lcZim, "qingnang.import.zim", QtWarningMsg)

namespace {

constexpr int maxRedirectHops = 64;
const QChar otherLetter(u'#');

struct ZimArticle
{
    zim::entry_index_type entry = 0;
    QString path;
    QString title;
    QStringList aliases;
    QChar letter;     // A–Z or #
    QString group;    // the first character's pinyin syllable ("fei"), or the character itself
    QString groupKey; // how groups sort
    QString sortKey;  // how articles sort in their group
    qint64 topicId = 0;
    int position = 0;
    QString slug;
};

QString fromStd(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// The first folded code point of text with its pinyin (empty if not Han),
// and a sort key of the pinyin of its first characters.
void classify(ZimArticle *article)
{
    const QList<uint> codePoints = article->title.toUcs4();
    QString key;
    bool first = true;
    int keyed = 0;
    for (const uint cp : codePoints) {
        char32_t folded[18];
        const int count = charmaps::fold(char32_t(cp), folded);
        for (int k = 0; k < count; ++k) {
            const char32_t c = folded[k];
            const QByteArrayView pinyin = charmaps::pinyin(c);
            if (first) {
                if (charmaps::classify(c) == charmaps::CharClass::Separator) {
                    continue; // punctuation before the first character does not count
                }
                first = false;
                article->group = QString::fromUcs4(&c, 1).toUpper();
                if (!pinyin.isEmpty()) {
                    // Grouped by syllable, as a dictionary's pinyin index: a
                    // topic titled "fei" matches no Chinese query, where one
                    // titled 肺 would match every query holding that character.
                    article->letter = QChar(QLatin1Char(pinyin.at(0))).toUpper();
                    article->group = QString::fromLatin1(pinyin);
                    article->groupKey = article->group;
                } else if (c < 0x80 && QChar(c).isLetter()) {
                    article->letter = QChar(c).toUpper();
                    article->groupKey = article->group;
                } else {
                    article->letter = otherLetter;
                    article->groupKey = article->group;
                }
            }
            if (keyed < 12) {
                key += pinyin.isEmpty() ? QString::fromUcs4(&c, 1) : QString::fromLatin1(pinyin);
                key += QLatin1Char(' ');
                ++keyed;
            }
        }
    }
    if (first) { // nothing but punctuation
        article->letter = otherLetter;
        article->group = QString(otherLetter);
        article->groupKey = article->group;
    }
    article->sortKey = key + QChar(0x1F) + article->title;
}

// The path a link of the page at fromPath points at, without fragment or
// query; empty for a link that leaves the file (a scheme, "//host").
QString resolveHref(const QString &fromPath, const QString &href)
{
    QString target = href;
    const qsizetype hash = target.indexOf(QLatin1Char('#'));
    if (hash >= 0) {
        target.truncate(hash);
    }
    const qsizetype query = target.indexOf(QLatin1Char('?'));
    if (query >= 0) {
        target.truncate(query);
    }
    if (target.isEmpty() || target.startsWith(QLatin1String("//"))) {
        return {};
    }
    // A scheme (http:, mailto:, javascript:…) is a colon before any slash.
    const qsizetype colon = target.indexOf(QLatin1Char(':'));
    const qsizetype slash = target.indexOf(QLatin1Char('/'));
    if (colon > 0 && (slash < 0 || colon < slash)) {
        return {};
    }
    target = QUrl::fromPercentEncoding(target.toUtf8());
    QStringList segments;
    if (!target.startsWith(QLatin1Char('/'))) {
        segments = fromPath.split(QLatin1Char('/'));
        segments.removeLast(); // the page itself
    }
    for (const QString &segment : target.split(QLatin1Char('/'))) {
        if (segment.isEmpty() || segment == QLatin1String(".")) {
            continue;
        }
        if (segment == QLatin1String("..")) {
            if (!segments.isEmpty()) {
                segments.removeLast();
            }
            continue;
        }
        segments.append(segment);
    }
    return segments.join(QLatin1Char('/'));
}

// The pack's language tag from the ZIM's (ISO 639-3, perhaps several: "zho,eng").
QString languageTag(const QString &zimLanguage)
{
    const QString first = zimLanguage.section(QLatin1Char(','), 0, 0).trimmed();
    if (first.isEmpty()) {
        return QStringLiteral("zh");
    }
    const QLocale::Language language = QLocale::codeToLanguage(first, QLocale::AnyLanguageCode);
    const QString code = language == QLocale::AnyLanguage
                             ? QString()
                             : QLocale::languageToCode(language, QLocale::ISO639Part1);
    return code.isEmpty() ? first : code;
}

class ZimReader
{
public:
    ZimReader(const QString &path, PackWriter *writer, ZimImportStats *stats, ImportError *error)
        : m_path(path)
        , m_shown(QDir::toNativeSeparators(path))
        , m_writer(writer)
        , m_stats(stats)
        , m_error(error)
    {}

    bool open();
    bool readDirectory();
    bool makeTree();
    bool readArticles(const ProgressSink &progress, const std::function<bool()> &cancelled);
    void writeMeta();

    bool fail(const QString &what)
    {
        m_error->message = m_shown + QStringLiteral(": ") + what;
        return false;
    }

private:
    QString metadata(const char *name) const;
    QString linkTarget(const QString &fromPath, const QString &href) const;

    QString m_path;
    QString m_shown;
    PackWriter *m_writer;
    ZimImportStats *m_stats;
    ImportError *m_error;
    std::unique_ptr<zim::Archive> m_archive;
    std::vector<ZimArticle> m_articles;          // in A–Z order once the tree is made
    QHash<zim::entry_index_type, int> m_byEntry; // entry index → m_articles index
    QHash<QString, int> m_byPath;                // path (articles and redirects to them) → index
    QString m_title;
};

QString ZimReader::metadata(const char *name) const
{
    try {
        return fromStd(m_archive->getMetadata(name)).trimmed();
    } catch (const std::exception &) {
        return {};
    }
}

bool ZimReader::open()
{
    QFileInfo info(m_path);
    if (!info.isFile()) {
        return fail(QStringLiteral("no such file"));
    }
    if (info.size() == 0) {
        return fail(QStringLiteral("the file is empty, not a ZIM file"));
    }
    {
        // A ZIM file starts with its magic number, 72173914 (little-endian).
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly)) {
            return fail(QStringLiteral("cannot read: ") + file.errorString());
        }
        if (file.read(4) != QByteArrayView("\x5A\x49\x4D\x04")) {
            return fail(QStringLiteral("not a ZIM file (it does not start with ZIM's magic "
                                       "number)"));
        }
    }
    try {
        m_archive = std::make_unique<zim::Archive>(QFile::encodeName(m_path).toStdString());
    } catch (const zim::ZimFileFormatError &e) {
        const QString what = QString::fromUtf8(e.what());
        if (what.contains(QLatin1String("magic"), Qt::CaseInsensitive)) {
            return fail(QStringLiteral("not a ZIM file (%1)").arg(what.trimmed()));
        }
        return fail(QStringLiteral("a damaged ZIM file (%1)").arg(what.trimmed()));
    } catch (const std::exception &e) {
        return fail(QStringLiteral("not a readable ZIM file (%1)")
                        .arg(QString::fromUtf8(e.what()).trimmed()));
    }
    try {
        if (m_archive->hasChecksum() && !m_archive->check()) {
            return fail(QStringLiteral("a damaged ZIM file (its checksum does not match: the file "
                                       "was changed or cut short)"));
        }
    } catch (const std::exception &e) {
        return fail(
            QStringLiteral("a damaged ZIM file (%1)").arg(QString::fromUtf8(e.what()).trimmed()));
    }
    return true;
}

bool ZimReader::readDirectory()
{
    try {
        std::optional<zim::entry_index_type> mainIndex;
        if (m_archive->hasMainEntry()) {
            mainIndex = m_archive->getMainEntry().getItem(true).getIndex();
        }
        std::vector<zim::entry_index_type> redirects;
        for (const zim::Entry &entry : m_archive->iterByPath()) {
            ++m_stats->entries;
            if (entry.isRedirect()) {
                redirects.push_back(entry.getIndex());
                continue;
            }
            const zim::Item item = entry.getItem();
            const std::string mimetype = item.getMimetype();
            if (mimetype.rfind("text/html", 0) != 0 ||
                (mainIndex && *mainIndex == entry.getIndex())) {
                ++m_stats->otherEntries;
                continue;
            }
            ZimArticle article;
            article.entry = entry.getIndex();
            article.path = fromStd(entry.getPath());
            article.title = fromStd(entry.getTitle()).simplified();
            if (article.title.isEmpty()) {
                article.title = article.path.section(QLatin1Char('/'), -1);
            }
            m_byEntry.insert(article.entry, int(m_articles.size()));
            m_byPath.insert(article.path, int(m_articles.size()));
            m_articles.push_back(std::move(article));
        }
        if (m_articles.empty()) {
            return fail(QStringLiteral("holds no articles (%1 entries, none of them an HTML page "
                                       "other than the main page)")
                            .arg(m_stats->entries));
        }
        for (const zim::entry_index_type index : redirects) {
            zim::Entry entry = m_archive->getEntryByPath(index);
            const QString path = fromStd(entry.getPath());
            QStringList chain{path};
            int hops = 0;
            while (entry.isRedirect()) {
                entry = entry.getRedirectEntry();
                chain.append(fromStd(entry.getPath()));
                if (++hops > maxRedirectHops || chain.indexOf(chain.last()) < chain.size() - 1) {
                    return fail(QStringLiteral("a redirect loop (%1)")
                                    .arg(chain.join(QStringLiteral(" → "))));
                }
            }
            const auto it = m_byEntry.constFind(entry.getIndex());
            if (it == m_byEntry.cend()) {
                continue; // a redirect to an image, a style, the main page
            }
            m_byPath.insert(path, *it);
            const QString alias = fromStd(m_archive->getEntryByPath(index).getTitle()).simplified();
            ZimArticle &article = m_articles[size_t(*it)];
            if (!alias.isEmpty() && alias != article.title && !article.aliases.contains(alias)) {
                article.aliases.append(alias);
                ++m_stats->aliases;
            }
        }
    } catch (const std::exception &e) {
        return fail(
            QStringLiteral("a damaged ZIM file (%1)").arg(QString::fromUtf8(e.what()).trimmed()));
    }
    return true;
}

bool ZimReader::makeTree()
{
    m_title = metadata("Title");
    if (m_title.isEmpty()) {
        m_title = QFileInfo(m_path).completeBaseName();
    }
    for (ZimArticle &article : m_articles) {
        classify(&article);
    }
    std::vector<int> order(m_articles.size());
    for (size_t i = 0; i < order.size(); ++i) {
        order[i] = int(i);
    }
    auto letterRank = [](QChar letter) {
        return letter == otherLetter ? 27 : letter.unicode() - 'A';
    };
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const ZimArticle &x = m_articles[size_t(a)];
        const ZimArticle &y = m_articles[size_t(b)];
        if (x.letter != y.letter) {
            return letterRank(x.letter) < letterRank(y.letter);
        }
        if (x.groupKey != y.groupKey) {
            return x.groupKey < y.groupKey;
        }
        return x.sortKey != y.sortKey ? x.sortKey < y.sortKey : x.entry < y.entry;
    });
    TopicInput root;
    root.title = m_title;
    root.slug = QStringLiteral("zim");
    root.position = 1;
    const qint64 rootId = m_writer->addTopic(root);
    if (rootId == 0) {
        return false;
    }
    ++m_stats->topics;
    QChar letter;
    QString groupKey;
    qint64 letterId = 0;
    qint64 groupId = 0;
    int letters = 0;
    int groups = 0;
    int position = 0;
    int slugNumber = 0;
    for (const int index : order) {
        ZimArticle &article = m_articles[size_t(index)];
        if (article.letter != letter) {
            letter = article.letter;
            TopicInput topic;
            topic.parentId = rootId;
            topic.title = QString(letter);
            topic.slug = letter == otherLetter ? QStringLiteral("zim-other")
                                               : QStringLiteral("zim-") + QString(letter).toLower();
            topic.position = ++letters;
            letterId = m_writer->addTopic(topic);
            groups = 0;
            groupKey.clear();
            ++m_stats->topics;
        }
        if (article.groupKey != groupKey) {
            groupKey = article.groupKey;
            TopicInput topic;
            topic.parentId = letterId;
            topic.title = article.group;
            const QList<uint> cps = article.group.toUcs4();
            const bool syllable = article.group.at(0).isLower();
            topic.slug = QStringLiteral("zim-%1-%2")
                             .arg(letter == otherLetter ? QStringLiteral("other")
                                                        : QString(letter).toLower(),
                                  syllable ? article.group
                                           : QString::number(cps.isEmpty() ? 0 : cps.first(), 16));
            topic.position = ++groups;
            groupId = m_writer->addTopic(topic);
            position = 0;
            ++m_stats->topics;
        }
        if (letterId == 0 || groupId == 0) {
            return false;
        }
        article.topicId = groupId;
        article.position = ++position;
        article.slug = QStringLiteral("a%1").arg(++slugNumber);
    }
    return true;
}

QString ZimReader::linkTarget(const QString &fromPath, const QString &href) const
{
    const QString path = resolveHref(fromPath, href);
    if (path.isEmpty()) {
        return {};
    }
    auto it = m_byPath.constFind(path);
    if (it == m_byPath.cend() && path.size() > 2 && path.at(1) == QLatin1Char('/')) {
        it = m_byPath.constFind(path.mid(2)); // "A/Foo" of the old namespaces
    }
    if (it == m_byPath.cend()) {
        return {};
    }
    return QStringLiteral("article:") + m_articles[size_t(*it)].slug;
}

bool ZimReader::readArticles(const ProgressSink &progress, const std::function<bool()> &cancelled)
{
    const qint64 total = qint64(m_articles.size());
    qint64 done = 0;
    if (progress) {
        progress(0, total);
    }
    try {
        for (const zim::Entry &entry : m_archive->iterEfficient()) {
            const auto it = m_byEntry.constFind(entry.getIndex());
            if (it == m_byEntry.cend()) {
                continue;
            }
            if (cancelled && cancelled()) {
                m_error->message.clear();
                return false;
            }
            const ZimArticle &article = m_articles[size_t(*it)];
            const zim::Blob blob = entry.getItem().getData();
            const HtmlArticle html =
                htmlToArticle(QByteArrayView(blob.data(), qsizetype(blob.size())),
                              [&](const QString &href) { return linkTarget(article.path, href); });
            if (!html.error.isEmpty()) {
                return fail(
                    QStringLiteral("entry %1: broken HTML (%2)").arg(article.path, html.error));
            }
            ArticleInput input;
            input.topicId = article.topicId;
            input.slug = article.slug;
            input.title = article.title;
            input.position = article.position;
            input.source = m_title;
            input.ref = article.path;
            input.sections = html.sections;
            if (!article.aliases.isEmpty()) {
                const QString names =
                    QStringLiteral("又名：") + article.aliases.join(QStringLiteral("、"));
                if (!input.sections.isEmpty() && input.sections.first().heading.isEmpty()) {
                    input.sections.first().body.prepend(names + QStringLiteral("\n\n"));
                } else {
                    input.sections.prepend(Section{0, QString(), names});
                }
            }
            for (qsizetype i = 0; i < input.sections.size(); ++i) {
                input.sections[i].position = int(i) + 1;
            }
            if (m_writer->addArticle(input) == 0) {
                m_error->message.clear();
                return false;
            }
            ++m_stats->articles;
            m_stats->links += html.links;
            m_stats->images += html.images;
            if (progress) {
                progress(++done, total);
            }
        }
    } catch (const std::exception &e) {
        return fail(
            QStringLiteral("a damaged ZIM file (%1)").arg(QString::fromUtf8(e.what()).trimmed()));
    }
    return true;
}

void ZimReader::writeMeta()
{
    using namespace schema::meta;
    m_writer->setMeta(QLatin1String(title), m_title);
    m_writer->setMeta(QLatin1String(language), languageTag(metadata("Language")));
    const QString date = metadata("Date");
    if (!date.isEmpty()) {
        m_writer->setMeta(QLatin1String(contentDate), date);
    }
    const QString license = metadata("License");
    if (!license.isEmpty()) {
        m_writer->setMeta(QLatin1String(schema::meta::license), license);
    }
    QStringList source;
    for (const char *name : {"Creator", "Publisher", "Source"}) {
        const QString value = metadata(name);
        if (!value.isEmpty() && !source.contains(value)) {
            source.append(value);
        }
    }
    source.append(QStringLiteral("ZIM: %1").arg(QFileInfo(m_path).fileName()));
    m_writer->setMeta(QLatin1String(schema::meta::source), source.join(QStringLiteral(" · ")));
    QString description = metadata("LongDescription");
    if (description.isEmpty()) {
        description = metadata("Description");
    }
    const QString note =
        m_stats->images > 0
            ? QStringLiteral("原 ZIM 文件中的图片（%1 处）没有收入本内容包，文章只保留文字。")
                  .arg(m_stats->images)
            : QStringLiteral("原 ZIM 文件中的图片没有收入本内容包，文章只保留文字。");
    m_writer->setMeta(QLatin1String(schema::meta::description),
                      description.isEmpty() ? note : description + QLatin1Char('\n') + note);
}

} // namespace

bool importZim(const QString &zimPath, PackWriter *writer, const ProgressSink &progress,
               const std::function<bool()> &cancelled, ZimImportStats *stats, ImportError *error)
{
    ZimImportStats localStats;
    ImportError localError;
    stats = stats ? stats : &localStats;
    error = error ? error : &localError;
    *stats = ZimImportStats();
    error->message.clear();
    ZimReader reader(zimPath, writer, stats, error);
    if (!reader.open() || !reader.readDirectory()) {
        return false;
    }
    if (!reader.makeTree()) {
        error->message.clear();
        return false;
    }
    if (!reader.readArticles(progress, cancelled)) {
        return false;
    }
    reader.writeMeta();
    qCInfo(lcZim) << "read" << zimPath << "articles:" << stats->articles
                  << "aliases:" << stats->aliases << "links:" << stats->links;
    return true;
}

} // namespace qingnang
