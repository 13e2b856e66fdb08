#pragma once

#include <QApplication>
#include <QTimer>
#include <QWidget>

#include <functional>

// Acts on the next modal dialog of type T as soon as it shows: exec() blocks the test meanwhile,
// as it blocks the user's window.
template<typename T> void whenModalShows(const std::function<void(T *)> &act, int attempts = 300)
{
    QTimer::singleShot(10, qApp, [act, attempts] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (dialog && dialog->isVisible())
            act(dialog);
        else if (attempts > 0)
            whenModalShows<T>(act, attempts - 1);
    });
}
