// SPDX-License-Identifier: MIT
#pragma once

#include "pack.h"

#include <QList>
#include <QObject>

#include <memory>
#include <optional>

namespace qingnang {

// The packs the application has open, in the order they were opened. The
// first is the primary pack: its disclaimer and title lead.
class Library : public QObject
{
    Q_OBJECT
public:
    explicit Library(QObject *parent = nullptr);

    // False when no pack is given or a pack with the same id is already open.
    // A pack goes last, or at position (a pack closed while primary and opened
    // again goes back to the front, where its pages' addresses point).
    bool addPack(std::shared_ptr<Pack> pack, int position = -1);
    bool removePack(const QString &packId);
    // Opens the pack file and adds it. Returns an empty string on success, else
    // one line naming the file and the problem.
    QString openPack(const QString &path, int position = -1);

    const QList<std::shared_ptr<Pack>> &packs() const { return m_packs; }
    bool isEmpty() const { return m_packs.isEmpty(); }
    std::shared_ptr<Pack> primaryPack() const;
    // The pack with this id; an empty id means the primary pack.
    std::shared_ptr<Pack> packById(const QString &packId) const;
    int indexOf(const QString &packId) const;
    // The open pack read from this file, if any.
    std::shared_ptr<Pack> packByPath(const QString &path) const;

    // A pack closed in this run, so that its pages can say where they went and
    // the pack can be opened again. Forgotten when a pack with its id opens.
    struct ClosedPack
    {
        QString id;
        QString title;
        QString path;
        bool wasPrimary = false; // its pages' addresses carry no ?pack=
    };
    const QList<ClosedPack> &closedPacks() const { return m_closed; }
    // The closed pack that a page address with this pack id (empty: the
    // primary pack's) most likely belongs to, if any.
    std::optional<ClosedPack> closedPackFor(const QString &packId) const;

    // The pack's title as the reader sees it: with the pack's file name added
    // when another open pack has the same title, so that two packs both
    // called 患者问答 can be told apart in the tree, the breadcrumb and menus.
    QString displayTitle(const Pack &pack) const;

    // The disclaimer to show: the primary pack's, or the built-in one.
    QString disclaimer() const;

    // What the library holds, as a value: a thread that reads the packs (the
    // page service's) keeps a library of its own and is handed this with each
    // request, since this one changes on the GUI thread.
    struct State
    {
        QList<std::shared_ptr<Pack>> packs;
        QList<ClosedPack> closed;
    };
    State state() const { return {m_packs, m_closed}; }
    // Takes over state, telling no one (the copy has no one listening).
    void setState(const State &state);

Q_SIGNALS:
    void packAdded(int index);
    void packAboutToBeRemoved(int index);
    void packRemoved(int index);

private:
    QList<std::shared_ptr<Pack>> m_packs;
    QList<ClosedPack> m_closed;
};

} // namespace qingnang
