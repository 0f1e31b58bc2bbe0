#include "markdownformat.h"

#include "alignment.h"
#include "money.h"
#include "moneyformat.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace tandem {

namespace {

// The comment that carries a note's hidden fields; `>` is escaped so that
// no value can close the comment early.
QString comment(const QJsonObject& fields) {
    QString json = QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact));
    json.replace(QLatin1Char('>'), QStringLiteral("\\u003e"));
    return QStringLiteral(" <!-- %1 -->").arg(json);
}

// The description below a note, each line indented to the bullet's text.
QString indented(const QString& description, int indent) {
    if (description.isEmpty())
        return {};
    QString out;
    const QString pad(indent, QLatin1Char(' '));
    for (const QString& line : description.split(QLatin1Char('\n')))
        out += (line.isEmpty() ? QString() : pad + line) + QLatin1Char('\n');
    return out;
}

QString noteLine(const QString& marker, const Element& element, const QString& currency) {
    return marker + MarkdownFormat::escaped(MarkdownFormat::visibleText(element.text)) +
           MarkdownFormat::amountSuffix(element, currency) +
           comment(MarkdownFormat::hiddenFields(element)) + QLatin1Char('\n') +
           indented(element.description, static_cast<int>(marker.size()));
}

QString detailLine(const QString& label, const QString& value) {
    if (value.isEmpty())
        return {};
    return QStringLiteral("- **%1:** %2\n")
        .arg(label, MarkdownFormat::escaped(MarkdownFormat::visibleText(value)));
}

QString details(const SessionInfo& info) {
    QString lines = detailLine(MarkdownFormat::tr("Organisation"), info.organisation) +
                    detailLine(MarkdownFormat::tr("Facilitator"), info.facilitator) +
                    detailLine(MarkdownFormat::tr("Participants"),
                               info.participants.join(QStringLiteral(", "))) +
                    detailLine(MarkdownFormat::tr("Date"), info.date) +
                    detailLine(MarkdownFormat::tr("Currency"), info.currency) +
                    detailLine(MarkdownFormat::tr("Period"),
                               info.period.isEmpty() ? QString() : periodWord(info.period));
    QString notes = info.notes;
    while (notes.endsWith(QLatin1Char('\n')))
        notes.chop(1);
    if (!notes.isEmpty())
        lines += (lines.isEmpty() ? QString() : QStringLiteral("\n")) + notes + QLatin1Char('\n');
    if (lines.isEmpty())
        return {};
    return QStringLiteral("## %1\n\n").arg(MarkdownFormat::detailsTitle()) + lines +
           QLatin1Char('\n');
}

QString chains(const std::vector<ValueChain>& valueChains, const QString& currency) {
    if (valueChains.empty())
        return {};
    QString out = QStringLiteral("## %1\n\n").arg(blockTitle(Block::ValueChains));
    for (const ValueChain& chain : valueChains) {
        QJsonObject fields{{QStringLiteral("id"), chain.id}};
        out += QStringLiteral("### ") +
               MarkdownFormat::escaped(MarkdownFormat::visibleText(chain.name)) + comment(fields) +
               QStringLiteral("\n\n");
        int number = 0;
        for (const Element& stage : chain.stages)
            out += noteLine(QStringLiteral("%1. ").arg(++number), stage, currency);
        if (number > 0)
            out += QLatin1Char('\n');
    }
    return out;
}

QString tableCell(const QString& text) {
    return MarkdownFormat::escaped(MarkdownFormat::visibleText(text)); // `|` too
}

QString links(const CanvasState& state) {
    if (state.links.empty())
        return {};
    QHash<QString, QString> texts;
    for (const auto& list : state.blocks)
        for (const Element& element : list)
            texts.insert(element.id, element.text);
    for (const ValueChain& chain : state.chains)
        for (const Element& stage : chain.stages)
            texts.insert(stage.id, stage.text);
    QString out =
        QStringLiteral("## %1\n\n| %2 | %3 | %4 | %5 |\n|---|---|---|---|\n")
            .arg(MarkdownFormat::linksTitle(), MarkdownFormat::tr("From"),
                 MarkdownFormat::tr("Link"), MarkdownFormat::tr("To"), MarkdownFormat::tr("Note"));
    for (const Link& link : state.links)
        out += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                   .arg(tableCell(texts.value(link.from, link.from)), linkKindKey(link.kind),
                        tableCell(texts.value(link.to, link.to)), tableCell(link.note));
    return out + QLatin1Char('\n');
}

QString findings(const AlignmentReport& report) {
    QString out = QStringLiteral("## %1\n\n").arg(MarkdownFormat::findingsTitle());
    if (report.findings.empty())
        return out + MarkdownFormat::tr("No findings: every promise has work behind it.") +
               QStringLiteral("\n");
    for (const Finding& finding : report.findings)
        out += QStringLiteral("- **%1 (%2):** %3\n")
                   .arg(finding.rule, severityKey(finding.severity),
                        MarkdownFormat::escaped(MarkdownFormat::visibleText(finding.message)));
    return out;
}

} // namespace

QJsonObject MarkdownFormat::hiddenFields(const Element& element) {
    QJsonObject fields{{QStringLiteral("id"), element.id}};
    if (element.text != visibleText(element.text))
        fields.insert(QStringLiteral("text"), element.text);
    if (!element.color.isEmpty())
        fields.insert(QStringLiteral("color"), element.color);
    if (!element.tags.isEmpty())
        fields.insert(QStringLiteral("tags"), QJsonArray::fromStringList(element.tags));
    if (!element.votes.isEmpty()) {
        QJsonObject votes;
        for (auto it = element.votes.cbegin(); it != element.votes.cend(); ++it)
            votes.insert(it.key(), it.value());
        fields.insert(QStringLiteral("votes"), votes);
    }
    if (element.at)
        fields.insert(QStringLiteral("at"), QJsonArray{element.at->x(), element.at->y()});
    // As the file wrote it, so that "4.2e5" stays "4.2e5" after a round trip.
    if (element.amount)
        fields.insert(QStringLiteral("amount"), money::figureText(*element.amount));
    return fields;
}

QString MarkdownFormat::amountSuffix(const Element& element, const QString& currency) {
    if (!element.amount)
        return {};
    return AmountSeparator + money::formatCents(money::toCents(element.amount->value), currency);
}

QString MarkdownFormat::moneyTitlePrefix() {
    const QString title = QCoreApplication::translate("Money", "Money (per %1)");
    return title.left(title.indexOf(QLatin1Char('(')) + 1);
}

QString MarkdownFormat::visibleText(const QString& text) {
    QString visible = text;
    visible.replace(QLatin1Char('\n'), QLatin1Char(' '));
    visible.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return visible.trimmed();
}

namespace {

bool isAsciiPunctuation(QChar c) {
    static const QString punctuation = QStringLiteral("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~");
    return punctuation.contains(c);
}

} // namespace

QString MarkdownFormat::escaped(const QString& text) {
    // Inline markup anywhere; `&` too, lest "&amp;" show as "&".
    static const QString anywhere = QStringLiteral("\\`*_[]<>|~&");
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (anywhere.contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    // At the start of a line, a heading, a list or a quote.
    qsizetype digits = 0;
    while (digits < out.size() && out[digits].isDigit() && out[digits].unicode() < 128)
        ++digits;
    if (digits > 0 && digits < out.size() &&
        (out[digits] == QLatin1Char('.') || out[digits] == QLatin1Char(')')))
        out.insert(digits, QLatin1Char('\\'));
    else if (out.startsWith(QLatin1Char('#')) || out.startsWith(QLatin1Char('-')) ||
             out.startsWith(QLatin1Char('+')))
        out.prepend(QLatin1Char('\\'));
    return out;
}

QString MarkdownFormat::unescaped(const QString& text) {
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        // CommonMark: a backslash before ASCII punctuation stands for it.
        if (c == QLatin1Char('\\') && i + 1 < text.size() && isAsciiPunctuation(text[i + 1])) {
            out += text[++i];
            continue;
        }
        out += c;
    }
    return out;
}

QString MarkdownFormat::toMarkdown(const Session& session) {
    const CanvasState& state = session.state;
    const QString& currency = session.info.currency;
    QString out = QStringLiteral("# %1\n\n").arg(escaped(visibleText(session.info.title))) +
                  details(session.info);
    for (Block block : allBlocks()) {
        if (block == Block::ValueChains) {
            out += chains(state.chains, currency);
            continue;
        }
        const auto& elements = state.elements(block);
        if (elements.empty())
            continue;
        out += QStringLiteral("## %1\n\n").arg(blockTitle(block));
        for (const Element& element : elements)
            out += noteLine(QStringLiteral("- "), element, currency);
        out += QLatin1Char('\n');
    }
    const AlignmentReport report = checkAlignment(state);
    // Only where some element has an amount, as in `tandem check`.
    return out + links(state) + findings(report) +
           moneyMarkdown(report.money, state, {session.info.currency, session.info.period});
}

} // namespace tandem
