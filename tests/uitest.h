#pragma once

// Helpers for the tests that drive real widgets offscreen (test_ui_*).

#include <QApplication>
#include <QDialog>
#include <QPointer>
#include <QTest>
#include <QTimer>
#include <QWidget>
#include <functional>
#include <memory>

namespace docket::test {

// Runs `act` on the next modal dialog that opens (one that exec() is about to
// block on): the test arms it, then triggers what opens the dialog. Polls
// every 25 ms, for 10 s at most, and only while the test that armed it runs.
//
// It never leaves a test hanging on a dialog: when `act` fails (a QVERIFY in
// it returned early, say because another dialog than the one expected
// opened: a refusal's message box instead of the conflict dialog) and the
// dialog is still open, it is rejected, so that exec() returns and the test
// goes on to fail. When no dialog opens in 10 s, the test fails, naming it.
inline void whenModal(std::function<void(QWidget*)> act)
{
    auto* timer = new QTimer(qApp);
    auto tries = std::make_shared<int>(0);
    // The test that armed it (a later test must not run this one's `act`).
    const QByteArray test = QByteArray(QTest::currentTestFunction()) + '/' +
                            QByteArray(QTest::currentDataTag() ? QTest::currentDataTag() : "");
    auto armedBy = [] {
        return QByteArray(QTest::currentTestFunction()) + '/' +
               QByteArray(QTest::currentDataTag() ? QTest::currentDataTag() : "");
    };
    QObject::connect(timer, &QTimer::timeout, [timer, tries, act, test, armedBy] {
        if (armedBy() != test) { // that test is over
            timer->stop();
            timer->deleteLater();
            return;
        }
        if (QWidget* w = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            const QPointer<QWidget> dialog(w);
            act(w);
            if (QTest::currentTestFailed() && dialog && dialog->isVisible()) {
                qWarning("whenModal: closing %s \"%s\", which the test did not expect",
                         w->metaObject()->className(), qPrintable(w->windowTitle()));
                if (auto* d = qobject_cast<QDialog*>(dialog.data()))
                    d->reject();
                else
                    dialog->close();
            }
        } else if (++*tries > 400) {
            timer->stop();
            timer->deleteLater();
            QTest::qFail("whenModal: no dialog opened in 10 s", __FILE__, __LINE__);
        }
    });
    timer->start(25);
}

} // namespace docket::test
