// SPDX-License-Identifier: MIT
// For UI tests: acting on a modal dialog that an action opens with exec().
#pragma once

#include <QApplication>
#include <QPointer>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace qingnang::test {

// Runs handle on the modal dialog of type T once it is shown (the action's
// exec() blocks) and sets *seen. A check that fails inside handle must not
// leave the dialog blocking the test: it is rejected afterwards if still open.
template<typename T> void whenShown(std::function<void(T *)> handle, bool *seen)
{
    QTimer::singleShot(0, [handle, seen] {
        QTRY_VERIFY(qobject_cast<T *>(QApplication::activeModalWidget()) != nullptr);
        *seen = true;
        QPointer<T> dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        handle(dialog);
        if (dialog && dialog->isVisible()) {
            dialog->reject();
        }
    });
}

} // namespace qingnang::test
