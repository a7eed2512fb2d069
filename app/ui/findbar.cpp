// SPDX-License-Identifier: MIT
#include "findbar.h"
#include "ui_findbar.h"

#include <QKeyEvent>
#include <QTextDocument>
#include <QTextEdit>
#include <QTimer>

namespace qingnang {

namespace {

// Enough for any page; a search for one common character in a very long page stops here.
constexpr int maxMatches = 5000;

} // namespace

FindBar::FindBar(QTextEdit *target, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::FindBar>())
    , m_target(target)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("findBar"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Window);
    connect(m_ui->findField, &QLineEdit::textChanged, this, &FindBar::search);
    connect(m_ui->findField, &QLineEdit::returnPressed, this, &FindBar::findNext);
    connect(m_ui->nextButton, &QToolButton::clicked, this, &FindBar::findNext);
    connect(m_ui->previousButton, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_ui->closeButton, &QToolButton::clicked, this, &FindBar::close);
    m_ui->findField->installEventFilter(this);
    // The clear button's icon is looked up in the icon theme, a slow first
    // lookup: made once the window is on screen (the button shows only with text).
    QTimer::singleShot(0, m_ui->findField,
                       [field = m_ui->findField] { field->setClearButtonEnabled(true); });
    updateLabel();
    hide();
}

FindBar::~FindBar() = default;

QString FindBar::text() const
{
    return m_ui->findField->text();
}

void FindBar::open()
{
    show();
    m_ui->findField->setFocus(Qt::ShortcutFocusReason);
    m_ui->findField->selectAll();
    search();
}

void FindBar::close()
{
    hide();
    m_matches.clear();
    m_current = -1;
    m_target->setExtraSelections({});
    m_target->setFocus(Qt::OtherFocusReason);
    Q_EMIT closed();
}

void FindBar::refresh()
{
    if (isVisible()) {
        search();
    }
}

void FindBar::search()
{
    m_matches.clear();
    m_current = -1;
    const QString needle = m_ui->findField->text();
    if (!needle.isEmpty() && isVisible()) {
        QTextDocument *document = m_target->document();
        QTextCursor cursor(document);
        while (m_matches.size() < maxMatches) {
            cursor = document->find(needle, cursor);
            if (cursor.isNull()) {
                break;
            }
            m_matches.append(cursor);
        }
    }
    select(m_matches.isEmpty() ? -1 : 0);
}

void FindBar::findNext()
{
    if (!isVisible()) {
        open();
        return;
    }
    if (!m_matches.isEmpty()) {
        select((m_current + 1) % int(m_matches.size()));
    }
}

void FindBar::findPrevious()
{
    if (!isVisible()) {
        open();
        return;
    }
    if (!m_matches.isEmpty()) {
        select((m_current - 1 + int(m_matches.size())) % int(m_matches.size()));
    }
}

void FindBar::select(int index)
{
    m_current = index;
    QList<QTextEdit::ExtraSelection> tints;
    const QPalette palette = m_target->palette();
    QColor tint = palette.color(QPalette::Highlight);
    tint.setAlphaF(0.28);
    for (int i = 0; i < int(m_matches.size()); ++i) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = m_matches.at(i);
        if (i == index) {
            selection.format.setBackground(palette.color(QPalette::Highlight));
            selection.format.setForeground(palette.color(QPalette::HighlightedText));
        } else {
            selection.format.setBackground(tint);
        }
        tints.append(selection);
    }
    m_target->setExtraSelections(tints);
    if (index >= 0) {
        // Scroll the match into view without moving keyboard focus from the field.
        QTextCursor cursor = m_matches.at(index);
        cursor.setPosition(cursor.selectionStart());
        m_target->setTextCursor(cursor);
        m_target->ensureCursorVisible();
    }
    updateLabel();
}

void FindBar::updateLabel()
{
    const bool typed = !m_ui->findField->text().isEmpty();
    if (!typed) {
        m_ui->matchLabel->clear();
    } else if (m_matches.isEmpty()) {
        m_ui->matchLabel->setText(tr("没有找到"));
    } else {
        m_ui->matchLabel->setText(
            tr("第 %1 处，共 %2 处").arg(m_current + 1).arg(m_matches.size()));
    }
    m_ui->nextButton->setEnabled(m_matches.size() > 1);
    m_ui->previousButton->setEnabled(m_matches.size() > 1);
}

void FindBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateLabel();
    }
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->findField && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            close();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers() & Qt::ShiftModifier) {
            findPrevious();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace qingnang
