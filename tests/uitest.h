#pragma once

// Helpers for the tests that drive real widgets offscreen (test_ui_*).

#include <QApplication>
#include <QTimer>
#include <QWidget>
#include <functional>
#include <memory>

namespace docket::test {

// Runs `act` on the next modal dialog that opens (one that exec() is about to
// block on): the test arms it, then triggers what opens the dialog. Polls
// every 25 ms, for 10 s at most; nothing happens when no dialog opens.
inline void whenModal(std::function<void(QWidget*)> act)
{
    auto* timer = new QTimer(qApp);
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [timer, tries, act] {
        if (QWidget* w = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            act(w);
        } else if (++*tries > 400) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start(25);
}

} // namespace docket::test
