// SPDX-License-Identifier: MIT
#pragma once

#include <Qt>

namespace qingnang {

// Item data roles of the core's models, in one place for models, delegates and tests.
enum ItemRole {
    UrlRole = Qt::UserRole + 1, // QUrl: the page the item opens
    CountsRole,                 // QString: "2篇·12问" and the like, shown muted
    TopicIdRole,                // qint64
    PackIdRole,                 // QString
    IsPackRole,                 // bool: a pack's root in the topic tree
    ExcerptRole,                // QString: one-line answer excerpt of a question
    AnswerCountRole,            // int
    QuestionIdRole,             // qint64
    RowKindRole,                // int: SearchResultModel::RowKind
    HitKindRole,                // int: HitKind of a search hit, -1 for other rows
    TopicTitleRole,             // QString: the topic a hit belongs to
    SnippetRole,                // QString: the matching passage, matches marked (SearchHit)
    IsGroupRole,                // bool: a letter A–Z grouping titles in the topic tree
    BookmarkKindRole,           // int: BookmarkModel::Kind, a folder or a bookmark
    BookmarkIdRole,             // qint64: the folder's or the bookmark's id (with its kind)
    FolderIdRole,               // qint64: the folder an item is in, 0 for the top level
    PositionRole,               // int: index among the siblings of the same kind
    BookmarkCountRole,          // int: the bookmarks in a folder, at any depth
};

} // namespace qingnang
