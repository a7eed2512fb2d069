// SPDX-License-Identifier: MIT
#pragma once

#include "pack.h"

#include <QList>
#include <QObject>

#include <memory>

namespace qingnang {

// The packs the application has open, in the order they were opened. The
// first is the primary pack: its disclaimer and title lead.
class Library : public QObject
{
    Q_OBJECT
public:
    explicit Library(QObject *parent = nullptr);

    // False when no pack is given or a pack with the same id is already open.
    bool addPack(std::shared_ptr<Pack> pack);
    bool removePack(const QString &packId);
    // Opens the pack file and adds it. Returns an empty string on success, else
    // one line naming the file and the problem.
    QString openPack(const QString &path);

    const QList<std::shared_ptr<Pack>> &packs() const { return m_packs; }
    bool isEmpty() const { return m_packs.isEmpty(); }
    std::shared_ptr<Pack> primaryPack() const;
    // The pack with this id; an empty id means the primary pack.
    std::shared_ptr<Pack> packById(const QString &packId) const;
    int indexOf(const QString &packId) const;
    // The open pack read from this file, if any.
    std::shared_ptr<Pack> packByPath(const QString &path) const;

    // The disclaimer to show: the primary pack's, or the built-in one.
    QString disclaimer() const;

Q_SIGNALS:
    void packAdded(int index);
    void packAboutToBeRemoved(int index);
    void packRemoved(int index);

private:
    QList<std::shared_ptr<Pack>> m_packs;
};

} // namespace qingnang
