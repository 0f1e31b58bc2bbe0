#include "sessionoutline.h"

#include "money.h"
#include "moneyformat.h"
#include "oneline.h"
#include "votes.h"

#include <QCoreApplication>
#include <QHash>

namespace tandem {

namespace {

// Free text as `| ` lines under its owner. A block scalar's final line break
// is dropped, and no line ends in a space (git marks trailing whitespace).
QString quotedLines(const QString& text, const QString& indent) {
    QString body = text;
    body.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    while (body.endsWith(QLatin1Char('\n')))
        body.chop(1);
    QString out;
    for (const QString& line : body.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        out += indent + (trimmed.isEmpty() ? QStringLiteral("|") : QStringLiteral("| ") + trimmed) +
               QLatin1Char('\n');
    }
    return out;
}

// Everything but the text goes in one `{...}` suffix, so a change of colour,
// tags or votes shows as a changed line for the same note.
QString noteLine(const Element& element) {
    QString line = QStringLiteral("  ") + escapedOneLine(element.text);
    QStringList details;
    if (element.amount)
        details << QCoreApplication::translate("SessionOutline", "amount: %1")
                       .arg(money::figureText(*element.amount));
    if (!element.color.isEmpty())
        details << QCoreApplication::translate("SessionOutline", "colour: %1").arg(element.color);
    if (!element.tags.isEmpty())
        details << QCoreApplication::translate("SessionOutline", "tags: %1")
                       .arg(escapedOneLine(element.tags.join(QStringLiteral(", "))));
    const QMap<QString, int> votes = votesOf(element);
    if (!votes.isEmpty()) {
        QStringList who;
        int total = 0;
        for (auto it = votes.constBegin(); it != votes.constEnd(); ++it) {
            who << QStringLiteral("%1 %2").arg(escapedOneLine(it.key())).arg(it.value());
            total += it.value();
        }
        details << QCoreApplication::translate("SessionOutline", "votes: %1 (%2)")
                       .arg(total)
                       .arg(who.join(QStringLiteral(", ")));
    }
    if (!details.isEmpty())
        line += QStringLiteral("  {%1}").arg(details.join(QStringLiteral("; ")));
    line += QLatin1Char('\n');
    if (!element.description.trimmed().isEmpty())
        line += quotedLines(element.description, QStringLiteral("      "));
    return line;
}

QString canvasHeading(Canvas canvas) {
    return canvas == Canvas::Business
               ? QCoreApplication::translate("SessionOutline", "Business Model Canvas")
               : QCoreApplication::translate("SessionOutline", "Operating Model Canvas");
}

QString stateOutline(const CanvasState& state, const MoneyContext& money) {
    QString out;
    QHash<QString, QString> texts;
    std::optional<Canvas> canvas;
    for (Block block : allBlocks()) {
        if (canvas != canvasOf(block)) {
            canvas = canvasOf(block);
            out += QStringLiteral("\n== %1 ==\n").arg(canvasHeading(*canvas));
        }
        if (block == Block::ValueChains) {
            for (const ValueChain& chain : state.chains) {
                out += QStringLiteral("\n[%1]\n")
                           .arg(QCoreApplication::translate("SessionOutline", "Value chain: %1")
                                    .arg(escapedOneLine(chain.name)));
                for (const Element& stage : chain.stages) {
                    out += noteLine(stage);
                    texts.insert(stage.id, stage.text);
                }
            }
            continue;
        }
        const std::vector<Element>& elements = state.elements(block);
        if (elements.empty())
            continue;
        out += QStringLiteral("\n[%1]\n").arg(blockTitle(block));
        for (const Element& element : elements) {
            out += noteLine(element);
            texts.insert(element.id, element.text);
        }
    }
    if (!state.links.empty()) {
        out += QStringLiteral("\n== %1 ==\n\n")
                   .arg(QCoreApplication::translate("SessionOutline", "Links"));
        for (const Link& link : state.links) {
            out +=
                QStringLiteral("  %1 %2 %3")
                    .arg(escapedOneLine(texts.value(link.from, link.from)),
                         linkKindTitle(link.kind), escapedOneLine(texts.value(link.to, link.to)));
            QStringList details;
            if (link.weight)
                details << QCoreApplication::translate("SessionOutline", "weight: %1")
                               .arg(money::figureText(*link.weight));
            if (!link.note.isEmpty())
                details << QCoreApplication::translate("SessionOutline", "note: %1")
                               .arg(escapedOneLine(link.note));
            if (!details.isEmpty())
                out += QStringLiteral("  {%1}").arg(details.join(QStringLiteral("; ")));
            out += QLatin1Char('\n');
        }
    }
    // The figures too, so that `git diff` shows a changed profit or margin.
    if (const money::MoneyReport report = money::analyse(state); report.present)
        out += QLatin1Char('\n') + moneyText(report, state, money);
    return out;
}

void addDetail(QString& out, const char* label, const QString& value) {
    if (!value.isEmpty())
        out +=
            QStringLiteral("%1: %2\n")
                .arg(QCoreApplication::translate("SessionOutline", label), escapedOneLine(value));
}

} // namespace

QString formatSessionOutline(const Session& session) {
    QString out;
    const SessionInfo& info = session.info;
    addDetail(out, QT_TRANSLATE_NOOP("SessionOutline", "Session"), info.title);
    addDetail(out, QT_TRANSLATE_NOOP("SessionOutline", "Organisation"), info.organisation);
    addDetail(out, QT_TRANSLATE_NOOP("SessionOutline", "Facilitator"), info.facilitator);
    addDetail(out, QT_TRANSLATE_NOOP("SessionOutline", "Participants"),
              info.participants.join(QStringLiteral(", ")));
    addDetail(out, QT_TRANSLATE_NOOP("SessionOutline", "Date"), info.date);
    addDetail(out, QT_TRANSLATE_NOOP("SessionOutline", "Currency"), info.currency);
    addDetail(out, QT_TRANSLATE_NOOP("SessionOutline", "Period"),
              info.period.isEmpty() ? QString() : periodWord(info.period));
    if (!info.notes.trimmed().isEmpty()) {
        out += QCoreApplication::translate("SessionOutline", "Notes:") + QLatin1Char('\n');
        out += quotedLines(info.notes, QStringLiteral("  "));
    }
    const MoneyContext money{info.currency, info.period};
    out += stateOutline(session.state, money);
    for (const Snapshot& snapshot : session.snapshots) {
        const QString taken = snapshot.taken.isValid()
                                  ? snapshot.taken.toString(Qt::ISODate)
                                  : QCoreApplication::translate("SessionOutline", "undated");
        out += QStringLiteral("\n\n==== %1 ====\n")
                   .arg(QCoreApplication::translate("SessionOutline", "Snapshot “%1” (%2)")
                            .arg(escapedOneLine(snapshot.name), taken));
        out += stateOutline(snapshot.state, money);
    }
    return out;
}

} // namespace tandem
