#pragma once

// Helpers for the session feature's UI tests: answering the next modal
// dialog of a given type.

#include "uitesthelpers.h"

#include <QApplication>
#include <QDialog>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

namespace tandem::test {

// When the next modal dialog of type T shows, calls `answer` with it (which
// should accept, reject or click something). Remembers whether it came.
template <typename T> class ModalAnswer {
public:
    explicit ModalAnswer(std::function<void(T*)> answer)
        : m_state(std::make_shared<State>()) {
        m_state->answer = std::move(answer);
        poll(m_state);
    }
    bool seen() const { return m_state->seen; }

private:
    struct State {
        std::function<void(T*)> answer;
        bool seen = false;
        int tries = 0;
    };
    static void poll(std::shared_ptr<State> state) {
        QTimer::singleShot(DialogPollMs, qApp, [state] {
            if (auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget())) {
                state->seen = true;
                state->answer(dialog);
                return;
            }
            if (keepLookingForDialog(++state->tries))
                poll(state);
        });
    }
    std::shared_ptr<State> m_state;
};

} // namespace tandem::test
