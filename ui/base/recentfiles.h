#pragma once

#include <QStringList>

namespace tandem {

// The list behind File > Open Recent, kept in QSettings and shared by all
// windows: most recent first, no duplicates, at most MaxCount entries.
class RecentFiles {
public:
    static constexpr int MaxCount = 10;

    static QStringList list();
    static void add(const QString& path);
    static void remove(const QString& path);
    static void clear();
};

} // namespace tandem
