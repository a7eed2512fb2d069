// SPDX-License-Identifier: MIT
#include "qalistmodel.h"

#include "address/pageurl.h"
#include "models/roles.h"
#include "pack/pack.h"
#include "pack/packreader.h"
#include "util/numbers.h"

#include <QCoreApplication>
#include <QScopedValueRollback>
#include <QUrl>

namespace qingnang {

QaListModel::QaListModel(Library *library, QObject *parent)
    : QAbstractListModel(parent)
    , m_reader(new PackReader(QStringLiteral("qingnang-qa-list"), library, this))
{}

QaListModel::~QaListModel() = default;

void QaListModel::setTopic(std::shared_ptr<Pack> pack, qint64 topicId, bool primaryPack)
{
    const QScopedValueRollback guard(m_notifying, true);
    beginResetModel();
    m_pack = std::move(pack);
    m_topicId = topicId;
    m_primaryPack = primaryPack;
    m_questions.clear();
    m_complete = !m_pack;
    ++m_generation; // a page on its way for the topic before is dropped
    m_fetching = false;
    endResetModel();
}

void QaListModel::clear()
{
    setTopic(nullptr, 0);
}

int QaListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_questions.size());
}

bool QaListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_complete;
}

void QaListModel::fetchMore(const QModelIndex &parent)
{
    // Nothing is read while a change is being announced: whoever reacts to
    // modelReset or rowsInserted by fetching more (Qt 6.4's model tester does)
    // would otherwise insert rows inside another insertion.
    if (parent.isValid() || m_complete || m_notifying || m_fetching) {
        return;
    }
    int afterPosition = Pack::listStart;
    qint64 afterId = 0;
    if (!m_questions.isEmpty()) {
        afterPosition = m_questions.last().position;
        afterId = m_questions.last().id;
    }
    m_fetching = true;
    m_reader->post<QList<QuestionSummary>>(
        {m_pack},
        [pack = m_pack, topicId = m_topicId, afterPosition, afterId] {
            return pack->questionsOf(topicId, afterPosition, afterId, pageSize);
        },
        [this, generation = m_generation](const QList<QuestionSummary> &page) {
            insertPage(generation, page);
        });
}

void QaListModel::insertPage(quint64 generation, const QList<QuestionSummary> &page)
{
    if (generation != m_generation) {
        return; // read for a topic no longer shown
    }
    m_fetching = false;
    m_complete = page.size() < pageSize;
    if (page.isEmpty()) {
        return;
    }
    const int first = int(m_questions.size());
    const QScopedValueRollback guard(m_notifying, true);
    beginInsertRows({}, first, first + int(page.size()) - 1);
    m_questions.append(page);
    endInsertRows();
}

QVariant QaListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const QuestionSummary &question = m_questions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return question.title;
    case Qt::AccessibleDescriptionRole:
        return QCoreApplication::translate("qingnang::QaListModel", "%1个回答：%2")
            .arg(groupedNumber(question.answerCount), question.excerpt);
    case ExcerptRole:
        return question.excerpt;
    case AnswerCountRole:
        return question.answerCount;
    case CountsRole:
        return QCoreApplication::translate("qingnang::QaListModel", "%1个回答")
            .arg(groupedNumber(question.answerCount));
    case QuestionIdRole:
        return question.id;
    case TopicIdRole:
        return question.topicId;
    case UrlRole:
        return pageurl::question(question.id, m_primaryPack ? QString() : m_pack->id());
    default:
        return {};
    }
}

QHash<int, QByteArray> QaListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(UrlRole, "url");
    names.insert(ExcerptRole, "excerpt");
    names.insert(AnswerCountRole, "answerCount");
    names.insert(CountsRole, "counts");
    names.insert(QuestionIdRole, "questionId");
    return names;
}

} // namespace qingnang
