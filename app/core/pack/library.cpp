// SPDX-License-Identifier: MIT
#include "library.h"

#include "packschema.h"

#include <QFileInfo>

namespace qingnang {

Library::Library(QObject *parent)
    : QObject(parent)
{}

bool Library::addPack(std::shared_ptr<Pack> pack)
{
    if (!pack || indexOf(pack->id()) >= 0) {
        return false;
    }
    m_packs.append(std::move(pack));
    Q_EMIT packAdded(int(m_packs.size()) - 1);
    return true;
}

QString Library::openPack(const QString &path)
{
    PackOpenResult result = Pack::open(path);
    if (!result.pack) {
        return result.error;
    }
    const QString id = result.pack->id();
    if (!addPack(std::move(result.pack))) {
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
    m_packs.removeAt(index);
    Q_EMIT packRemoved(index);
    return true;
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

QString Library::disclaimer() const
{
    const auto pack = primaryPack();
    return pack ? pack->disclaimer() : schema::fallbackDisclaimer();
}

} // namespace qingnang
