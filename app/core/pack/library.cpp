// SPDX-License-Identifier: MIT
#include "library.h"

#include "packschema.h"

#include <QFileInfo>

#include <algorithm>

namespace qingnang {

Library::Library(QObject *parent)
    : QObject(parent)
{}

bool Library::addPack(std::shared_ptr<Pack> pack, int position)
{
    if (!pack || indexOf(pack->id()) >= 0) {
        return false;
    }
    const QString id = pack->id();
    m_closed.removeIf([&id](const ClosedPack &closed) { return closed.id == id; });
    const int index = position < 0 || position > m_packs.size() ? int(m_packs.size()) : position;
    m_packs.insert(index, std::move(pack));
    Q_EMIT packAdded(index);
    return true;
}

QString Library::openPack(const QString &path, int position)
{
    PackOpenResult result = Pack::open(path);
    if (!result.pack) {
        return result.error;
    }
    const QString id = result.pack->id();
    if (!addPack(std::move(result.pack), position)) {
        return QStringLiteral("%1: a pack with the id \"%2\" is already open").arg(path, id);
    }
    return {};
}

bool Library::removePack(const QString &packId)
{
    const int index = indexOf(packId);
    if (index < 0) {
        return false;
    }
    Q_EMIT packAboutToBeRemoved(index);
    const auto &pack = m_packs.at(index);
    m_closed.removeIf([&packId](const ClosedPack &closed) { return closed.id == packId; });
    m_closed.append({pack->id(), pack->title(), pack->path(), index == 0});
    m_packs.removeAt(index);
    Q_EMIT packRemoved(index);
    return true;
}

void Library::setState(const State &state)
{
    m_packs = state.packs;
    m_closed = state.closed;
}

QString Library::displayTitle(const Pack &pack) const
{
    const QString title = pack.title();
    const QString folded = title.simplified().toCaseFolded();
    const bool shared = std::any_of(m_packs.begin(), m_packs.end(), [&](const auto &other) {
        return other.get() != &pack && other->title().simplified().toCaseFolded() == folded;
    });
    if (!shared) {
        return title;
    }
    return QStringLiteral("%1（%2）").arg(title, QFileInfo(pack.path()).fileName());
}

std::shared_ptr<Pack> Library::primaryPack() const
{
    return m_packs.isEmpty() ? nullptr : m_packs.first();
}

std::shared_ptr<Pack> Library::packById(const QString &packId) const
{
    if (packId.isEmpty()) {
        return primaryPack();
    }
    const int index = indexOf(packId);
    return index < 0 ? nullptr : m_packs.at(index);
}

int Library::indexOf(const QString &packId) const
{
    for (int i = 0; i < m_packs.size(); ++i) {
        if (m_packs.at(i)->id() == packId) {
            return i;
        }
    }
    return -1;
}

std::shared_ptr<Pack> Library::packByPath(const QString &path) const
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (const auto &pack : m_packs) {
        if (pack->path() == absolute) {
            return pack;
        }
    }
    return nullptr;
}

std::optional<Library::ClosedPack> Library::closedPackFor(const QString &packId) const
{
    for (const ClosedPack &closed : m_closed) {
        if (packId.isEmpty() ? closed.wasPrimary : closed.id == packId) {
            return closed;
        }
    }
    return std::nullopt;
}

QString Library::disclaimer() const
{
    const auto pack = primaryPack();
    return pack ? pack->disclaimer() : schema::fallbackDisclaimer();
}

} // namespace qingnang
