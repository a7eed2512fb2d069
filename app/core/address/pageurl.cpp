// SPDX-License-Identifier: MIT
#include "pageurl.h"

#include <QUrlQuery>

namespace qingnang::pageurl {

namespace {

const QString packKey = QStringLiteral("pack");

QUrl make(const QString &encodedPath, const QString &packId)
{
    QUrl url;
    url.setScheme(QLatin1String(scheme));
    url.setPath(encodedPath, QUrl::StrictMode);
    if (!packId.isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(packKey, QString::fromLatin1(QUrl::toPercentEncoding(packId)));
        url.setQuery(query);
    }
    return url;
}

QString segment(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

} // namespace

PageAddress parse(const QUrl &url)
{
    PageAddress address;
    if (url.scheme() != QLatin1String(scheme) || !url.host().isEmpty() || !url.isValid()) {
        return address;
    }
    const QUrlQuery query(url);
    address.packId = query.queryItemValue(packKey, QUrl::FullyDecoded);
    address.fragment = url.fragment(QUrl::FullyDecoded);

    // Split the encoded path so that a "/" inside a slug (%2F) stays inside it.
    QStringList parts = url.path(QUrl::FullyEncoded).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (QString &part : parts) {
        part = QUrl::fromPercentEncoding(part.toLatin1());
    }
    if (parts.isEmpty()) {
        address.kind = PageKind::Start;
    } else if (parts.size() == 1 && parts.at(0) == QLatin1String("about")) {
        address.kind = PageKind::About;
    } else if (parts.size() == 1 && parts.at(0) == QLatin1String("index")) {
        address.kind = PageKind::Index;
        address.letter = query.queryItemValue(QStringLiteral("letter"), QUrl::FullyDecoded).left(1);
    } else if (parts.size() == 1 && parts.at(0) == QLatin1String("history")) {
        address.kind = PageKind::History;
        address.page = qBound(1, query.queryItemValue(QStringLiteral("page")).toInt(), 1000000);
    } else if (parts.size() == 1 && parts.at(0) == QLatin1String("bookmarks")) {
        address.kind = PageKind::Bookmarks;
    } else if (parts.size() == 1 && parts.at(0) == QLatin1String("search")) {
        address.kind = PageKind::Search;
        address.query = query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded);
        address.slug = query.queryItemValue(QStringLiteral("topic"), QUrl::FullyDecoded);
        address.page = qBound(1, query.queryItemValue(QStringLiteral("page")).toInt(), 1000);
    } else if (parts.size() == 2 && parts.at(0) == QLatin1String("topic")) {
        address.kind = PageKind::Topic;
        address.slug = parts.at(1);
    } else if (parts.size() == 3 && parts.at(0) == QLatin1String("topic") &&
               parts.at(2) == QLatin1String("qa")) {
        address.kind = PageKind::TopicQuestions;
        address.slug = parts.at(1);
    } else if (parts.size() == 3 && parts.at(0) == QLatin1String("topic") &&
               parts.at(2) == QLatin1String("articles")) {
        address.kind = PageKind::TopicArticles;
        address.slug = parts.at(1);
        address.page = qBound(1, query.queryItemValue(QStringLiteral("page")).toInt(), 1000000);
    } else if (parts.size() == 2 && parts.at(0) == QLatin1String("article")) {
        address.kind = PageKind::Article;
        address.slug = parts.at(1);
    } else if (parts.size() == 2 && parts.at(0) == QLatin1String("question")) {
        bool ok = false;
        address.id = parts.at(1).toLongLong(&ok);
        if (ok && address.id > 0) {
            address.kind = PageKind::Question;
        }
    }
    return address;
}

QUrl start()
{
    return make(QStringLiteral("/"), {});
}

QUrl about()
{
    return make(QStringLiteral("/about"), {});
}

QUrl index(const QString &packId, const QString &letter)
{
    QUrl url = make(QStringLiteral("/index"), packId);
    if (!letter.isEmpty()) {
        QUrlQuery query(url);
        query.addQueryItem(QStringLiteral("letter"),
                           QString::fromLatin1(QUrl::toPercentEncoding(letter.left(1))));
        url.setQuery(query);
    }
    return url;
}

QUrl history(int page)
{
    QUrl url = make(QStringLiteral("/history"), {});
    if (page > 1) {
        url.setQuery(QStringLiteral("page=%1").arg(page));
    }
    return url;
}

QUrl bookmarks()
{
    return make(QStringLiteral("/bookmarks"), {});
}

QUrl topic(const QString &slug, const QString &packId)
{
    return make(QStringLiteral("/topic/") + segment(slug), packId);
}

QUrl topicQuestions(const QString &slug, const QString &packId)
{
    return make(QStringLiteral("/topic/") + segment(slug) + QStringLiteral("/qa"), packId);
}

QUrl topicArticles(const QString &slug, const QString &packId, int page)
{
    QUrl url =
        make(QStringLiteral("/topic/") + segment(slug) + QStringLiteral("/articles"), packId);
    if (page > 1) {
        QUrlQuery query(url);
        query.addQueryItem(QStringLiteral("page"), QString::number(page));
        url.setQuery(query);
    }
    return url;
}

QUrl article(const QString &slug, const QString &packId, int section)
{
    QUrl url = make(QStringLiteral("/article/") + segment(slug), packId);
    if (section > 0) {
        url.setFragment(QStringLiteral("s%1").arg(section));
    }
    return url;
}

QUrl question(qint64 id, const QString &packId)
{
    return make(QStringLiteral("/question/%1").arg(id), packId);
}

QUrl search(const QString &text, const QString &topicSlug, const QString &packId, int page)
{
    QUrl url = make(QStringLiteral("/search"), {});
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("q"), QString::fromLatin1(QUrl::toPercentEncoding(text)));
    if (!topicSlug.isEmpty()) {
        query.addQueryItem(QStringLiteral("topic"),
                           QString::fromLatin1(QUrl::toPercentEncoding(topicSlug)));
    }
    if (!packId.isEmpty()) {
        query.addQueryItem(packKey, QString::fromLatin1(QUrl::toPercentEncoding(packId)));
    }
    if (page > 1) {
        query.addQueryItem(QStringLiteral("page"), QString::number(page));
    }
    url.setQuery(query);
    return url;
}

QUrl reopenPack(const QString &packId)
{
    return make(QStringLiteral("/reopen"), packId);
}

QString reopenPackId(const QUrl &url)
{
    if (url.scheme() != QLatin1String(scheme) || !url.host().isEmpty() ||
        url.path() != QLatin1String("/reopen")) {
        return {};
    }
    return QUrlQuery(url).queryItemValue(packKey, QUrl::FullyDecoded);
}

QUrl organizeBookmarks()
{
    return make(QStringLiteral("/organize-bookmarks"), {});
}

bool isOrganizeBookmarks(const QUrl &url)
{
    return url.scheme() == QLatin1String(scheme) && url.host().isEmpty() &&
           url.path() == QLatin1String("/organize-bookmarks");
}

QUrl withoutFragment(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveFragment);
}

} // namespace qingnang::pageurl
