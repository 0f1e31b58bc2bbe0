// SessionImport::fromMarkdown and fromPlainText: notes from a meeting's
// Markdown (or from what MarkdownFormat wrote) and from plain lines.

#include "markdownformat.h"
#include "money.h"
#include "moneyformat.h"
#include "sessionimport.h"

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace tandem {

namespace {

int indentOf(const QString& line) {
    int indent = 0;
    while (indent < line.size() &&
           (line[indent] == QLatin1Char(' ') || line[indent] == QLatin1Char('\t')))
        ++indent;
    return indent;
}

enum class Section { None, Details, Skip, Block, Chains, Unknown };

// Which section a `## ` heading opens; English and German titles of what
// MarkdownFormat writes besides the blocks.
Section sectionOf(const QString& title, Block* block) {
    if (const auto found = SessionImport::blockFromName(title)) {
        *block = *found;
        return *found == Block::ValueChains ? Section::Chains : Section::Block;
    }
    const auto is = [&](const QString& english, const char* german) {
        return title.compare(english, Qt::CaseInsensitive) == 0 ||
               title.compare(QString::fromUtf8(german), Qt::CaseInsensitive) == 0;
    };
    if (is(MarkdownFormat::detailsTitle(), "Angaben") || is(QStringLiteral("Details"), "Angaben"))
        return Section::Details;
    // The money figures (`tandem check --format markdown`): "Money (EUR per
    // year)", German "Geld (EUR pro Jahr)"; they follow from the amounts.
    const auto opens = [&](const QString& english, const char* german) {
        return title.startsWith(english, Qt::CaseInsensitive) ||
               title.startsWith(QString::fromUtf8(german), Qt::CaseInsensitive);
    };
    if (opens(QStringLiteral("Money ("), "Geld (") ||
        opens(MarkdownFormat::moneyTitlePrefix(), "Geld ("))
        return Section::Skip;
    if (is(MarkdownFormat::linksTitle(), "Verknüpfungen") ||
        is(QStringLiteral("Links"), "Verknüpfungen") ||
        is(MarkdownFormat::findingsTitle(), "Befunde") || is(QStringLiteral("Findings"), "Befunde"))
        return Section::Skip;
    return Section::Unknown;
}

// Reads Markdown line by line into a plan.
class MarkdownReader {
public:
    MarkdownReader(const QString& file, ImportPlan* plan)
        : m_file(file)
        , m_plan(plan) {}
    void read(const QString& text);

private:
    void problem(int line, const QString& message) {
        m_plan->problems.push_back({m_file, line, message});
    }
    void heading(int level, const QString& rest, int line);
    void item(const QString& rest, int line);
    void detail(const QString& line, int number);
    void finishNote();
    // Splits a trailing hidden-fields comment off; false if it is unreadable.
    bool hidden(QString* text, QJsonObject* fields, int line);
    bool readFields(const QJsonObject& fields, Block block, Element* element, int line);

    QString m_file;
    ImportPlan* m_plan;
    Section m_section = Section::None;
    Block m_block = Block::KeyPartners;
    int m_sectionLine = 0;
    QString m_sectionTitle;
    bool m_unknownReported = false;
    // The note being read, where its description lines go.
    Element* m_note = nullptr;
    int m_indent = 0;
    int m_blankLines = 0;
    QStringList m_notes; // the details' free text
    QHash<QString, int> m_firstLine;
};

bool MarkdownReader::hidden(QString* text, QJsonObject* fields, int line) {
    // The first comment not escaped as text (`\\<`), holding no `-->`.
    static const QRegularExpression comment(
        QStringLiteral("\\s*(?<!\\\\)<!--\\s*(\\{(?:(?!-->).)*\\})\\s*-->\\s*$"));
    const QRegularExpressionMatch match = comment.match(*text);
    if (!match.hasMatch())
        return true;
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(match.captured(1).toUtf8(), &error);
    if (!json.isObject()) {
        problem(line, SessionImport::tr("the hidden fields after the note cannot be read: %1")
                          .arg(error.errorString()));
        return false;
    }
    *fields = json.object();
    text->truncate(match.capturedStart());
    return true;
}

bool MarkdownReader::readFields(const QJsonObject& fields, Block block, Element* element,
                                int line) {
    element->id = fields.value(QStringLiteral("id")).toString();
    if (!element->id.isEmpty() && !isValidId(element->id)) {
        problem(line, SessionImport::tr("bad id “%1”").arg(element->id));
        return false;
    }
    if (fields.contains(QStringLiteral("text")))
        element->text = fields.value(QStringLiteral("text")).toString();
    element->color = fields.value(QStringLiteral("color")).toString();
    if (!element->color.isEmpty() && !isValidColor(element->color)) {
        problem(
            line,
            SessionImport::tr("bad colour “%1” (a palette name or #rrggbb)").arg(element->color));
        return false;
    }
    for (const QJsonValue& tag : fields.value(QStringLiteral("tags")).toArray())
        element->tags.append(tag.toString());
    const QJsonObject votes = fields.value(QStringLiteral("votes")).toObject();
    for (auto it = votes.begin(); it != votes.end(); ++it) {
        if (it.value().toInt() >= 1)
            element->votes.insert(it.key(), it.value().toInt());
    }
    const QJsonArray at = fields.value(QStringLiteral("at")).toArray();
    if (at.size() == 2 && at[0].isDouble() && at[1].isDouble())
        element->at = QPointF(at[0].toDouble(), at[1].toDouble());
    // Written as a string, as the file had it; a number typed by hand too.
    const QJsonValue amount = fields.value(QStringLiteral("amount"));
    if (!amount.isUndefined() && !amount.isDouble() && !amount.isString()) {
        problem(line, SessionImport::tr("the amount is not a number"));
        return false;
    }
    const QString amountText =
        amount.isDouble() ? money::numberText(amount.toDouble()) : amount.toString();
    if (const QString why = SessionImport::readAmount(amountText, block, element); !why.isEmpty()) {
        problem(line, why);
        return false;
    }
    return true;
}

void MarkdownReader::heading(int level, const QString& rest, int line) {
    finishNote();
    QString title = rest;
    QJsonObject fields;
    if (!hidden(&title, &fields, line))
        return;
    title = MarkdownFormat::unescaped(title.trimmed());
    if (level == 1 && !m_plan->info) {
        m_plan->info = SessionInfo();
        m_plan->info->title = title;
    } else if (level == 2) {
        m_section = sectionOf(title, &m_block);
        m_sectionLine = line;
        m_sectionTitle = title;
        m_unknownReported = false;
    } else if (level == 3 && m_section == Section::Chains) {
        m_plan->chains.push_back(
            {fields.value(QStringLiteral("id")).toString(), title, {}, m_file, line});
        const QString& id = m_plan->chains.back().id;
        if (!id.isEmpty() && !isValidId(id))
            problem(line, SessionImport::tr("bad id “%1”").arg(id));
    }
}

void MarkdownReader::item(const QString& rest, int line) {
    finishNote();
    if (m_section == Section::Unknown) {
        if (!m_unknownReported)
            problem(m_sectionLine,
                    SessionImport::tr("“%1” is not a block: its notes have nowhere to go")
                        .arg(m_sectionTitle));
        m_unknownReported = true;
        return;
    }
    if (m_section == Section::Chains && m_plan->chains.empty()) {
        problem(line, SessionImport::tr(
                          "a stage needs a chain: put a “### Chain name” heading above it"));
        return;
    }
    QString text = rest;
    QJsonObject fields;
    Element element;
    if (!hidden(&text, &fields, line))
        return;
    text = text.trimmed();
    // The amount the bullet shows after the text (" — 338000 EUR") is for
    // people; the hidden field says what it is.
    static const QRegularExpression shownAmount(
        QStringLiteral("\\s+\u2014\\s+[^\u2014]*\\d[^\u2014]*$"));
    if (fields.contains(QStringLiteral("amount")))
        text.remove(shownAmount);
    element.text = MarkdownFormat::unescaped(text);
    if (!readFields(fields, m_section == Section::Chains ? Block::ValueChains : m_block, &element,
                    line))
        return;
    if (element.text.trimmed().isEmpty())
        return problem(line, SessionImport::tr("empty text"));
    if (!element.id.isEmpty() && m_firstLine.contains(element.id))
        return problem(line, SessionImport::tr("the id “%1” is used twice (first on line %2)")
                                 .arg(element.id)
                                 .arg(m_firstLine.value(element.id)));
    if (!element.id.isEmpty())
        m_firstLine.insert(element.id, line);
    if (m_section == Section::Chains) {
        auto& stages = m_plan->chains.back().stages;
        stages.push_back(std::move(element));
        m_note = &stages.back();
    } else {
        m_plan->notes.push_back({m_block, std::move(element), m_file, line});
        m_note = &m_plan->notes.back().element;
    }
}

void MarkdownReader::detail(const QString& line, int number) {
    static const QRegularExpression field(QStringLiteral("^[-*+]\\s+\\*\\*(.+?):\\*\\*\\s*(.*)$"));
    const QRegularExpressionMatch match = field.match(line);
    if (!m_plan->info)
        m_plan->info.emplace(); // details without a "# Title" above them
    SessionInfo& info = *m_plan->info;
    if (!match.hasMatch()) {
        m_notes.append(line);
        return;
    }
    const QString label = match.captured(1).trimmed();
    const QString value = MarkdownFormat::unescaped(match.captured(2).trimmed());
    const auto is = [&](const QString& english, const char* german) {
        return label.compare(english, Qt::CaseInsensitive) == 0 ||
               label.compare(QString::fromUtf8(german), Qt::CaseInsensitive) == 0;
    };
    // What a session cannot hold stays in the notes, as written, with a warning.
    const auto keepInNotes = [&](const QString& warning) {
        m_notes.append(line);
        m_plan->warnings.push_back({m_file, number, warning.arg(value)});
    };
    if (is(QStringLiteral("Organisation"), "Organisation") ||
        is(MarkdownFormat::tr("Organisation"), ""))
        info.organisation = value;
    else if (is(QStringLiteral("Facilitator"), "Moderation") ||
             is(MarkdownFormat::tr("Facilitator"), ""))
        info.facilitator = value;
    else if (is(QStringLiteral("Participants"), "Teilnehmende") ||
             is(MarkdownFormat::tr("Participants"), ""))
        info.participants = value.split(QStringLiteral(", "), Qt::SkipEmptyParts);
    else if (is(QStringLiteral("Date"), "Datum") || is(MarkdownFormat::tr("Date"), "")) {
        // A session's date is ISO 8601; any other stays in the notes, as written.
        if (value.size() == 10 && QDate::fromString(value, Qt::ISODate).isValid())
            info.date = value;
        else
            keepInNotes(SessionImport::tr("the date “%1” is not of the form 2026-11-26: it is "
                                          "kept in the notes"));
    } else if (is(QStringLiteral("Currency"), "Währung") ||
               is(MarkdownFormat::tr("Currency"), "")) {
        if (money::currencyProblem(value).isEmpty())
            info.currency = value;
        else
            keepInNotes(SessionImport::tr("the currency “%1” is not a code such as EUR: it is "
                                          "kept in the notes"));
    } else if (is(QStringLiteral("Period"), "Zeitraum") || is(MarkdownFormat::tr("Period"), "")) {
        if (const QString period = periodFromWord(value); !period.isEmpty())
            info.period = period;
        else
            keepInNotes(SessionImport::tr("the period “%1” is not month, quarter or year: it is "
                                          "kept in the notes"));
    } else
        m_notes.append(line);
}

void MarkdownReader::finishNote() {
    m_note = nullptr;
    m_blankLines = 0;
}

void MarkdownReader::read(const QString& text) {
    static const QRegularExpression headingLine(QStringLiteral("^(#{1,6})\\s+(.*)$"));
    static const QRegularExpression itemLine(QStringLiteral("^ ?([-*+]|\\d{1,9}[.)])\\s+(.*)$"));
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines[i];
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const int number = i + 1;
        if (line.trimmed().isEmpty()) {
            if (m_section == Section::Details && !m_notes.isEmpty())
                m_notes.append(QString());
            ++m_blankLines;
            continue;
        }
        const int indent = indentOf(line);
        if (m_note && indent >= 2) {
            QString& description = m_note->description;
            if (!description.isEmpty())
                description += QString(m_blankLines + 1, QLatin1Char('\n'));
            description += line.mid(std::min(indent, m_indent));
            m_blankLines = 0;
            continue;
        }
        if (const auto match = headingLine.match(line); match.hasMatch()) {
            heading(static_cast<int>(match.captured(1).size()), match.captured(2), number);
            continue;
        }
        if (m_section == Section::Details) {
            detail(line.trimmed(), number);
            continue;
        }
        const auto match = itemLine.match(line);
        if (m_section == Section::Block || m_section == Section::Chains ||
            m_section == Section::Unknown) {
            if (match.hasMatch()) {
                item(match.captured(2), number);
                m_indent = static_cast<int>(match.capturedStart(2));
            } else if (m_section != Section::Unknown) {
                finishNote();
                problem(number, SessionImport::tr("not a note: start a note with “- ”"));
            }
        }
    }
    if (m_plan->info) {
        while (!m_notes.isEmpty() && m_notes.back().isEmpty())
            m_notes.removeLast();
        if (!m_notes.isEmpty())
            m_plan->info->notes = m_notes.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }
}

} // namespace

ImportPlan SessionImport::fromMarkdown(const QByteArray& bytes, const QString& fileName) {
    ImportPlan plan;
    QString text;
    if (int badLine = 0; !decodeUtf8(bytes, &text, &badLine)) {
        plan.problems.push_back(
            {fileName, badLine, SessionImport::tr("not UTF-8 text (save it as UTF-8)")});
        return plan;
    }
    MarkdownReader(fileName, &plan).read(text);
    return plan;
}

ImportPlan SessionImport::fromPlainText(const QByteArray& bytes, const QString& fileName,
                                        Block block) {
    ImportPlan plan;
    QString text;
    if (block == Block::ValueChains) {
        plan.problems.push_back(
            {fileName, 0,
             SessionImport::tr(
                 "plain text goes into a block; stages need a chain (use Markdown)")});
        return plan;
    }
    if (int badLine = 0; !decodeUtf8(bytes, &text, &badLine)) {
        plan.problems.push_back(
            {fileName, badLine, SessionImport::tr("not UTF-8 text (save it as UTF-8)")});
        return plan;
    }
    static const QRegularExpression bullet(QStringLiteral("^([-*+•]|\\d{1,9}[.)])\\s+"));
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines[i].trimmed();
        line.remove(bullet);
        if (line.isEmpty())
            continue;
        Element element;
        element.text = line;
        plan.notes.push_back({block, std::move(element), fileName, i + 1});
    }
    return plan;
}

} // namespace tandem
