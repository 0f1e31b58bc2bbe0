#include "alignmentformat.h"

#include "moneyformat.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <array>
#include <cmath>

namespace tandem {

namespace {

constexpr std::array<Severity, SeverityCount> allSeverities{Severity::Gap, Severity::Warning,
                                                            Severity::Info};

// What a finding's id stands for, so reports can name it and say where it is.
struct Resolved {
    QString text;
    Block block = Block::KeyPartners;
    QString chainId; // for stages and chains
    bool isChain = false;
};

// id -> text and block, built once per report (linear, like the check itself).
QHash<QString, Resolved> resolveIds(const CanvasState& state) {
    QHash<QString, Resolved> ids;
    ids.reserve(state.elementCount() + static_cast<int>(state.chains.size()));
    for (Block block : allBlocks()) {
        for (const Element& element : state.elements(block))
            ids.insert(element.id, Resolved{element.text, block, {}, false});
    }
    for (const ValueChain& chain : state.chains) {
        ids.insert(chain.id, Resolved{chain.name, Block::ValueChains, chain.id, true});
        for (const Element& stage : chain.stages)
            ids.insert(stage.id, Resolved{stage.text, Block::ValueChains, chain.id, false});
    }
    return ids;
}

QString percent(int part, int whole) {
    if (whole <= 0)
        return QCoreApplication::translate("Alignment", "n/a");
    return QStringLiteral("%1%").arg(qRound(100.0 * part / whole));
}

QString countLabel(Severity severity, int n) {
    // Spelled out rather than "%n gap(s)" so the untranslated English reads well.
    switch (severity) {
    case Severity::Gap:
        return n == 1 ? QCoreApplication::translate("Alignment", "1 gap")
                      : QCoreApplication::translate("Alignment", "%1 gaps").arg(n);
    case Severity::Warning:
        return n == 1 ? QCoreApplication::translate("Alignment", "1 warning")
                      : QCoreApplication::translate("Alignment", "%1 warnings").arg(n);
    case Severity::Info:
        return QCoreApplication::translate("Alignment", "%1 info").arg(n);
    }
    return {};
}

QString summaryLine(const AlignmentReport& report) {
    QStringList parts;
    for (Severity severity : allSeverities)
        parts << countLabel(severity, report.count(severity));
    return parts.join(QStringLiteral(", "));
}

QString coverageLine(const Coverage& coverage) {
    return QCoreApplication::translate(
               "Alignment", "%1 of %2 value propositions delivered (%3); %4 of %5 value-chain "
                            "stages serve something (%6)")
        .arg(coverage.deliveredValuePropositions)
        .arg(coverage.valuePropositions)
        .arg(percent(coverage.deliveredValuePropositions, coverage.valuePropositions))
        .arg(coverage.servingStages)
        .arg(coverage.stages)
        .arg(percent(coverage.servingStages, coverage.stages));
}

QString heading(const ReportSource& source) {
    QString title =
        source.title.isEmpty()
            ? QCoreApplication::translate("Alignment", "Alignment check")
            : QCoreApplication::translate("Alignment", "Alignment check: %1").arg(source.title);
    if (!source.snapshot.isEmpty())
        title += QCoreApplication::translate("Alignment", " (snapshot “%1”)").arg(source.snapshot);
    return title;
}

// Backslash-escapes what Markdown would read as markup, so element text
// such as "*new* | [beta]" shows as written.
QString escapeMarkdown(const QString& text) {
    // Only inline markup: every line we write starts with our own "#" or "- ".
    static const QString special = QStringLiteral("\\`*_[]<>|~&");
    QString out;
    out.reserve(text.size() + 8);
    for (QChar c : text) {
        if (c == QLatin1Char('\n')) {
            out += QLatin1Char(' ');
            continue;
        }
        if (special.contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

double roundedShare(double share) {
    return std::round(share * 10000.0) / 10000.0;
}

} // namespace

std::optional<CheckFormat> checkFormatFromKey(const QString& key) {
    for (CheckFormat format : {CheckFormat::Text, CheckFormat::Markdown, CheckFormat::Json}) {
        if (checkFormatKey(format) == key)
            return format;
    }
    return std::nullopt;
}

QString checkFormatKey(CheckFormat format) {
    switch (format) {
    case CheckFormat::Text:
        return QStringLiteral("text");
    case CheckFormat::Markdown:
        return QStringLiteral("markdown");
    case CheckFormat::Json:
        return QStringLiteral("json");
    }
    return {};
}

QString formatAlignmentText(const AlignmentReport& report, const CanvasState& state,
                            const ReportSource& source) {
    QString out;
    out += heading(source) + QLatin1Char('\n');
    if (!source.file.isEmpty())
        out += QCoreApplication::translate("Alignment", "File: %1").arg(source.file) +
               QLatin1Char('\n');
    out += QCoreApplication::translate("Alignment", "Summary: %1").arg(summaryLine(report)) +
           QLatin1Char('\n');
    out += QCoreApplication::translate("Alignment", "Coverage: %1")
               .arg(coverageLine(report.coverage)) +
           QLatin1Char('\n');
    out += moneyText(report.money, state, {source.currency, source.period});

    if (report.findings.empty()) {
        out += QLatin1Char('\n') +
               QCoreApplication::translate("Alignment", "No findings: the canvases are aligned.") +
               QLatin1Char('\n');
        return out;
    }
    for (Severity severity : allSeverities) {
        const int n = report.count(severity);
        if (n == 0)
            continue;
        out += QStringLiteral("\n%1 (%2)\n").arg(severityTitle(severity)).arg(n);
        for (const Finding& finding : report.findings) {
            if (finding.severity != severity)
                continue;
            out += QStringLiteral("  %1  %2").arg(finding.rule, finding.message);
            if (!finding.elementIds.isEmpty())
                out += QStringLiteral(" [%1]").arg(finding.elementIds.join(QStringLiteral(", ")));
            out += QLatin1Char('\n');
        }
    }
    return out;
}

QString formatAlignmentMarkdown(const AlignmentReport& report, const CanvasState& state,
                                const ReportSource& source) {
    QString out;
    out += QStringLiteral("# %1\n\n").arg(escapeMarkdown(heading(source)));
    if (!source.file.isEmpty())
        out += QStringLiteral("- %1 `%2`\n")
                   .arg(QCoreApplication::translate("Alignment", "**File:**"),
                        QString(source.file).replace(QLatin1Char('`'), QLatin1Char('\'')));
    out += QStringLiteral("- %1 %2\n")
               .arg(QCoreApplication::translate("Alignment", "**Summary:**"), summaryLine(report));
    out += QStringLiteral("- %1 %2\n")
               .arg(QCoreApplication::translate("Alignment", "**Coverage:**"),
                    escapeMarkdown(coverageLine(report.coverage)));
    out += moneyMarkdown(report.money, state, {source.currency, source.period});

    if (report.findings.empty()) {
        out += QLatin1Char('\n') +
               QCoreApplication::translate("Alignment", "No findings: the canvases are aligned.") +
               QLatin1Char('\n');
        return out;
    }
    for (Severity severity : allSeverities) {
        const int n = report.count(severity);
        if (n == 0)
            continue;
        out += QStringLiteral("\n## %1 (%2)\n\n").arg(severityTitle(severity)).arg(n);
        for (const Finding& finding : report.findings) {
            if (finding.severity != severity)
                continue;
            out += QStringLiteral("- **%1** %2").arg(finding.rule, escapeMarkdown(finding.message));
            if (!finding.elementIds.isEmpty()) {
                QStringList ids;
                for (const QString& id : finding.elementIds)
                    ids << QStringLiteral("`%1`").arg(id);
                out += QStringLiteral(" (%1)").arg(ids.join(QStringLiteral(", ")));
            }
            out += QLatin1Char('\n');
        }
    }
    return out;
}

QJsonDocument alignmentJson(const AlignmentReport& report, const CanvasState& state,
                            const ReportSource& source) {
    const QHash<QString, Resolved> ids = resolveIds(state);

    QJsonObject summary;
    for (Severity severity : allSeverities)
        summary.insert(severityKey(severity), report.count(severity));

    const Coverage& c = report.coverage;
    QJsonObject coverage{
        {QStringLiteral("value_propositions"), c.valuePropositions},
        {QStringLiteral("delivered"), c.deliveredValuePropositions},
        {QStringLiteral("delivered_share"), roundedShare(c.deliveredShare())},
        {QStringLiteral("stages"), c.stages},
        {QStringLiteral("serving"), c.servingStages},
        {QStringLiteral("serving_share"), roundedShare(c.servingShare())},
    };

    QJsonArray findings;
    for (const Finding& finding : report.findings) {
        QJsonArray elements;
        for (const QString& id : finding.elementIds) {
            QJsonObject element{{QStringLiteral("id"), id}};
            const auto it = ids.constFind(id);
            if (it != ids.constEnd()) {
                element.insert(QStringLiteral("text"), it->text);
                element.insert(QStringLiteral("block"), blockKey(it->block));
                element.insert(QStringLiteral("kind"), it->isChain ? QStringLiteral("chain")
                                                       : it->chainId.isEmpty()
                                                           ? QStringLiteral("element")
                                                           : QStringLiteral("stage"));
                if (!it->chainId.isEmpty())
                    element.insert(QStringLiteral("chain"), it->chainId);
            }
            elements.append(element);
        }
        QJsonObject entry{
            {QStringLiteral("rule"), finding.rule},
            {QStringLiteral("severity"), severityKey(finding.severity)},
            {QStringLiteral("message"), finding.message},
            {QStringLiteral("elements"), elements},
        };
        entry.insert(QStringLiteral("block"),
                     finding.block ? QJsonValue(blockKey(*finding.block)) : QJsonValue());
        findings.append(entry);
    }

    QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("tandem-check/1")},
        {QStringLiteral("file"), source.file},
        {QStringLiteral("title"), source.title},
        {QStringLiteral("snapshot"),
         source.snapshot.isEmpty() ? QJsonValue() : QJsonValue(source.snapshot)},
        {QStringLiteral("summary"), summary},
        {QStringLiteral("coverage"), coverage},
        {QStringLiteral("findings"), findings},
    };
    if (report.money.present)
        root.insert(QStringLiteral("money"),
                    moneyJson(report.money, {source.currency, source.period}));
    return QJsonDocument(root);
}

QByteArray formatAlignment(CheckFormat format, const AlignmentReport& report,
                           const CanvasState& state, const ReportSource& source) {
    switch (format) {
    case CheckFormat::Text:
        return formatAlignmentText(report, state, source).toUtf8();
    case CheckFormat::Markdown:
        return formatAlignmentMarkdown(report, state, source).toUtf8();
    case CheckFormat::Json:
        return alignmentJson(report, state, source).toJson(QJsonDocument::Indented);
    }
    return {};
}

} // namespace tandem
