#include "mergeconflictformat.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <array>

namespace tandem {

namespace {

constexpr std::array<MergeSide, 3> Sides{MergeSide::Ours, MergeSide::Theirs, MergeSide::Base};

QString sideName(MergeSide side) {
    switch (side) {
    case MergeSide::Base:
        return QStringLiteral("base");
    case MergeSide::Ours:
        return QStringLiteral("ours");
    case MergeSide::Theirs:
        return QStringLiteral("theirs");
    }
    return {};
}

QString header(const std::vector<MergeConflict>& conflicts) {
    return QCoreApplication::translate(
               "MergeConflicts",
               "Unresolved merge conflicts: %1 (resolve them in Tandem's conflicts panel)")
        .arg(conflicts.size());
}

QString escapedMarkdown(QString text) {
    static const QString special = QStringLiteral("\\`*_{}[]()#+-.!|<>");
    QString out;
    for (const QChar c : text.replace(QLatin1Char('\n'), QLatin1Char(' '))) {
        if (special.contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

} // namespace

QString conflictsText(const std::vector<MergeConflict>& conflicts) {
    if (conflicts.empty())
        return {};
    QString out = header(conflicts) + QLatin1Char('\n');
    for (const MergeConflict& conflict : conflicts) {
        out += QStringLiteral("  conflict  ") + conflict.describe() + QLatin1Char('\n');
        for (MergeSide side : Sides)
            out += QStringLiteral("      %1: %2\n")
                       .arg(sideName(side), -6)
                       .arg(conflict.valueText(side));
    }
    return out;
}

QString conflictsMarkdown(const std::vector<MergeConflict>& conflicts) {
    if (conflicts.empty())
        return {};
    QString out = QStringLiteral("## ") + header(conflicts) + QStringLiteral("\n\n");
    out += QStringLiteral("| Conflict | Ours | Theirs | Base |\n|---|---|---|---|\n");
    for (const MergeConflict& conflict : conflicts) {
        out += QStringLiteral("| ") + escapedMarkdown(conflict.describe());
        for (MergeSide side : Sides)
            out += QStringLiteral(" | ") + escapedMarkdown(conflict.valueText(side));
        out += QStringLiteral(" |\n");
    }
    return out;
}

QJsonArray conflictsJson(const std::vector<MergeConflict>& conflicts) {
    QJsonArray out;
    for (const MergeConflict& conflict : conflicts) {
        QJsonObject entry{{QStringLiteral("subject"), conflictSubjectKey(conflict.subject)},
                          {QStringLiteral("id"), conflict.id},
                          {QStringLiteral("field"), conflict.field},
                          {QStringLiteral("description"), conflict.describe()}};
        if (conflict.subject == ConflictSubject::Link) {
            entry.insert(QStringLiteral("to"), conflict.to);
            entry.insert(QStringLiteral("kind"), linkKindKey(conflict.linkKind));
        }
        for (MergeSide side : Sides) {
            entry.insert(sideName(side), conflict.hasValue(side)
                                             ? QJsonValue(conflict.valueText(side))
                                             : QJsonValue());
        }
        out.append(entry);
    }
    return out;
}

} // namespace tandem
