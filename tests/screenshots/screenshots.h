#pragma once

// tandem_screenshots: pictures of the editor for people to look at (the
// README, reviews of a visual change). Not a test: nothing is compared, and
// ctest does not run it. Each shot is a GoogleTest case on the UI tests'
// fixtures, so --gtest_filter picks shots; see tests/README.md.

#include "uitesthelpers.h"

#include <QString>
#include <QTest>

namespace tandem::test {

// Where a shot named `fileName` goes: the directory given on the command line.
QString shotPath(const QString& fileName);

// Lets the window settle before a picture: layouts, repaints and, under a
// real window manager (Xvfb), resizes that take a moment.
inline void settle(int milliseconds = 100) {
    QCoreApplication::processEvents();
    QTest::qWait(milliseconds);
}

// Saves a picture of `widget` as `fileName` in the shot directory.
inline void shoot(QWidget* widget, const QString& fileName) {
    QCoreApplication::processEvents();
    EXPECT_TRUE(widget->grab().save(shotPath(fileName))) << fileName.toStdString();
}

} // namespace tandem::test
