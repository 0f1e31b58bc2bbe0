#include "sessiondiffformat.h"

#include "moneydiffformat.h"
#include "oneline.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace tandem {

namespace {

QString quoted(const QString& text) {
    return QLatin1Char('"') + escapedOneLine(text) + QLatin1Char('"');
}

QString locationLabel(const ElementLocation& location) {
    if (location.isStage()) {
        const QString name = location.chainName.isEmpty() ? location.chainId : location.chainName;
        return QCoreApplication::translate("DiffFormat", "Value chain: %1")
            .arg(escapedOneLine(name));
    }
    return blockTitle(location.block);
}

QString colorLabel(const QString& color) {
    return color.isEmpty() ? QCoreApplication::translate("DiffFormat", "default") : color;
}

// An amount as money::formatCents() writes it, or "none".
QString amountLabel(const std::optional<Figure>& amount) {
    if (!amount)
        return QCoreApplication::translate("DiffFormat", "none");
    return money::formatCents(money::toCents(amount->value));
}

QString tagsLabel(const QStringList& tags) {
    return tags.isEmpty() ? QCoreApplication::translate("DiffFormat", "none")
                          : escapedOneLine(tags.join(QStringLiteral(", ")));
}

// What changed besides the place, one phrase per field.
QStringList fieldPhrases(const ElementChange& change) {
    QStringList phrases;
    if (!change.before || !change.after)
        return phrases;
    const Element& before = *change.before;
    const Element& after = *change.after;
    for (ElementField field : change.fields) {
        switch (field) {
        case ElementField::Text:
            phrases << QStringLiteral("%1 -> %2").arg(quoted(before.text), quoted(after.text));
            break;
        case ElementField::Description:
            phrases << (before.description.isEmpty()
                            ? QCoreApplication::translate("DiffFormat", "description added")
                        : after.description.isEmpty()
                            ? QCoreApplication::translate("DiffFormat", "description removed")
                            : QCoreApplication::translate("DiffFormat", "description changed"));
            break;
        case ElementField::Color:
            phrases << QCoreApplication::translate("DiffFormat", "colour %1 -> %2")
                           .arg(colorLabel(before.color), colorLabel(after.color));
            break;
        case ElementField::Tags:
            phrases << QCoreApplication::translate("DiffFormat", "tags %1 -> %2")
                           .arg(tagsLabel(before.tags), tagsLabel(after.tags));
            break;
        case ElementField::Amount:
            phrases << QCoreApplication::translate("DiffFormat", "amount %1 -> %2")
                           .arg(amountLabel(before.amount), amountLabel(after.amount));
            break;
        }
    }
    return phrases;
}

QString countsPhrase(const QString& what, const ChangeCounts& counts, bool withMoved) {
    QStringList parts;
    if (counts.added)
        parts << QCoreApplication::translate("DiffFormat", "%1 added").arg(counts.added);
    if (counts.removed)
        parts << QCoreApplication::translate("DiffFormat", "%1 removed").arg(counts.removed);
    if (counts.changed)
        parts << QCoreApplication::translate("DiffFormat", "%1 changed").arg(counts.changed);
    if (withMoved && counts.moved)
        parts << QCoreApplication::translate("DiffFormat", "%1 moved").arg(counts.moved);
    if (parts.isEmpty())
        return {};
    return QStringLiteral("%1: %2").arg(what, parts.join(QStringLiteral(", ")));
}

QJsonValue orNull(const QString& text) {
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject sideJson(const DiffSide& side) {
    return QJsonObject{
        {QStringLiteral("file"), side.file},
        {QStringLiteral("title"), side.title},
        {QStringLiteral("snapshot"), orNull(side.snapshot)},
    };
}

QJsonObject countsJson(const ChangeCounts& counts, bool withMoved) {
    QJsonObject object{
        {QStringLiteral("added"), counts.added},
        {QStringLiteral("removed"), counts.removed},
        {QStringLiteral("changed"), counts.changed},
    };
    if (withMoved)
        object.insert(QStringLiteral("moved"), counts.moved);
    return object;
}

QJsonValue elementJson(const std::optional<Element>& element, const ElementLocation& location) {
    if (!element)
        return QJsonValue();
    QJsonObject object{
        {QStringLiteral("text"), element->text},
        {QStringLiteral("description"), element->description},
        {QStringLiteral("color"), orNull(element->color)},
        {QStringLiteral("tags"), QJsonArray::fromStringList(element->tags)},
        {QStringLiteral("block"), blockKey(location.block)},
    };
    if (element->amount)
        object.insert(QStringLiteral("amount"), element->amount->value);
    object.insert(QStringLiteral("chain"), location.isStage()
                                               ? QJsonValue(QJsonObject{
                                                     {QStringLiteral("id"), location.chainId},
                                                     {QStringLiteral("name"), location.chainName},
                                                 })
                                               : QJsonValue());
    return object;
}

QJsonValue nameJson(const QString& name, bool present) {
    return present ? QJsonValue(QJsonObject{{QStringLiteral("name"), name}}) : QJsonValue();
}

// A link's note, and its weight when it has one (an unset weight is 1).
QJsonValue noteJson(const QString& note, const std::optional<Figure>& weight, bool present) {
    if (!present)
        return QJsonValue();
    QJsonObject object{{QStringLiteral("note"), note}};
    if (weight)
        object.insert(QStringLiteral("weight"), weight->value);
    return object;
}

} // namespace

std::optional<DiffFormat> diffFormatFromKey(const QString& key) {
    for (DiffFormat format : {DiffFormat::Text, DiffFormat::Json}) {
        if (diffFormatKey(format) == key)
            return format;
    }
    return std::nullopt;
}

QString diffFormatKey(DiffFormat format) {
    switch (format) {
    case DiffFormat::Text:
        return QStringLiteral("text");
    case DiffFormat::Json:
        return QStringLiteral("json");
    }
    return {};
}

QString diffSideLabel(const DiffSide& side) {
    const QString file = side.file.isEmpty() ? side.title : side.file;
    if (side.snapshot.isEmpty())
        return file;
    return QCoreApplication::translate("DiffFormat", "%1 (snapshot “%2”)").arg(file, side.snapshot);
}

QString formatElementChange(const ElementChange& change) {
    switch (change.kind) {
    case ChangeKind::Added:
        return QStringLiteral("+ [%1] %2")
            .arg(locationLabel(change.to), escapedOneLine(change.text()));
    case ChangeKind::Removed:
        return QStringLiteral("- [%1] %2")
            .arg(locationLabel(change.from), escapedOneLine(change.text()));
    case ChangeKind::Changed: {
        QStringList phrases = fieldPhrases(change);
        QString line = QStringLiteral("~ [%1] ").arg(locationLabel(change.to));
        // A new text leads the line; otherwise the note is named by its text.
        if (change.hasField(ElementField::Text))
            return line + phrases.join(QStringLiteral("; "));
        return line + escapedOneLine(change.text()) + QStringLiteral(": ") +
               phrases.join(QStringLiteral("; "));
    }
    case ChangeKind::Moved: {
        QString line = QStringLiteral("> [%1 -> %2] %3")
                           .arg(locationLabel(change.from), locationLabel(change.to),
                                escapedOneLine(change.text()));
        const QStringList phrases = fieldPhrases(change);
        if (!phrases.isEmpty())
            line += QStringLiteral(": ") + phrases.join(QStringLiteral("; "));
        return line;
    }
    }
    return {};
}

QString formatChainChange(const ChainChange& change) {
    switch (change.kind) {
    case ChangeKind::Added:
        return QStringLiteral("+ %1 %2").arg(QCoreApplication::translate("DiffFormat", "chain:"),
                                             escapedOneLine(change.newName));
    case ChangeKind::Removed:
        return QStringLiteral("- %1 %2").arg(QCoreApplication::translate("DiffFormat", "chain:"),
                                             escapedOneLine(change.oldName));
    case ChangeKind::Changed:
    case ChangeKind::Moved:
        return QStringLiteral("~ %1 %2 -> %3")
            .arg(QCoreApplication::translate("DiffFormat", "chain:"), quoted(change.oldName),
                 quoted(change.newName));
    }
    return {};
}

QString formatLinkChange(const LinkChange& change) {
    const QString body = QStringLiteral("%1 %2 %3")
                             .arg(escapedOneLine(change.fromText), linkKindTitle(change.link.kind),
                                  escapedOneLine(change.toText));
    switch (change.kind) {
    case ChangeKind::Added:
        return QStringLiteral("+ %1 %2").arg(QCoreApplication::translate("DiffFormat", "link:"),
                                             body);
    case ChangeKind::Removed:
        return QStringLiteral("- %1 %2").arg(QCoreApplication::translate("DiffFormat", "link:"),
                                             body);
    case ChangeKind::Changed:
    case ChangeKind::Moved: {
        QStringList phrases;
        if (change.oldNote != change.link.note)
            phrases << QCoreApplication::translate("DiffFormat", "note %1 -> %2")
                           .arg(quoted(change.oldNote), quoted(change.link.note));
        const double oldWeight = change.oldWeight ? change.oldWeight->value : 1.0;
        if (oldWeight != change.link.weightValue())
            phrases << QCoreApplication::translate("DiffFormat", "weight %1 -> %2")
                           .arg(money::numberText(oldWeight),
                                money::numberText(change.link.weightValue()));
        return QStringLiteral("~ %1 %2: %3")
            .arg(QCoreApplication::translate("DiffFormat", "link:"), body,
                 phrases.join(QStringLiteral("; ")));
    }
    }
    return {};
}

QString formatDiffSummary(const StateDiff& diff) {
    QStringList parts;
    for (const QString& part : {countsPhrase(QCoreApplication::translate("DiffFormat", "notes"),
                                             diff.elementCounts(), true),
                                countsPhrase(QCoreApplication::translate("DiffFormat", "chains"),
                                             diff.chainCounts(), false),
                                countsPhrase(QCoreApplication::translate("DiffFormat", "links"),
                                             diff.linkCounts(), false)}) {
        if (!part.isEmpty())
            parts << part;
    }
    return parts.isEmpty() ? QCoreApplication::translate("DiffFormat", "no differences")
                           : parts.join(QStringLiteral("; "));
}

QString formatDiffText(const StateDiff& diff, const DiffSide& older, const DiffSide& newer) {
    QString out;
    out += QStringLiteral("--- %1\n").arg(diffSideLabel(older));
    out += QStringLiteral("+++ %1\n").arg(diffSideLabel(newer));
    for (const ChainChange& change : diff.chains)
        out += formatChainChange(change) + QLatin1Char('\n');
    for (const ElementChange& change : diff.elements)
        out += formatElementChange(change) + QLatin1Char('\n');
    for (const LinkChange& change : diff.links)
        out += formatLinkChange(change) + QLatin1Char('\n');
    if (!diff.isEmpty())
        out += QLatin1Char('\n');
    if (diff.money.present)
        out += moneyDiffText(diff.money, older.money, newer.money) + QLatin1Char('\n');
    out += formatDiffSummary(diff) + QLatin1Char('\n');
    return out;
}

QJsonDocument diffJson(const StateDiff& diff, const DiffSide& older, const DiffSide& newer) {
    QJsonArray chains;
    for (const ChainChange& change : diff.chains) {
        chains.append(QJsonObject{
            {QStringLiteral("change"), changeKindKey(change.kind)},
            {QStringLiteral("id"), change.id},
            {QStringLiteral("old"), nameJson(change.oldName, change.kind != ChangeKind::Added)},
            {QStringLiteral("new"), nameJson(change.newName, change.kind != ChangeKind::Removed)},
        });
    }
    QJsonArray elements;
    for (const ElementChange& change : diff.elements) {
        QJsonArray fields;
        for (ElementField field : change.fields)
            fields.append(elementFieldKey(field));
        elements.append(QJsonObject{
            {QStringLiteral("change"), changeKindKey(change.kind)},
            {QStringLiteral("id"), change.id},
            {QStringLiteral("fields"), fields},
            {QStringLiteral("old"), elementJson(change.before, change.from)},
            {QStringLiteral("new"), elementJson(change.after, change.to)},
        });
    }
    QJsonArray links;
    for (const LinkChange& change : diff.links) {
        const bool hasOld = change.kind != ChangeKind::Added;
        const bool hasNew = change.kind != ChangeKind::Removed;
        const bool removed = change.kind == ChangeKind::Removed;
        const QString oldNote = removed ? change.link.note : change.oldNote;
        const std::optional<Figure> oldWeight = removed ? change.link.weight : change.oldWeight;
        links.append(QJsonObject{
            {QStringLiteral("change"), changeKindKey(change.kind)},
            {QStringLiteral("kind"), linkKindKey(change.link.kind)},
            {QStringLiteral("from"), QJsonObject{{QStringLiteral("id"), change.link.from},
                                                 {QStringLiteral("text"), change.fromText}}},
            {QStringLiteral("to"), QJsonObject{{QStringLiteral("id"), change.link.to},
                                               {QStringLiteral("text"), change.toText}}},
            {QStringLiteral("old"), noteJson(oldNote, oldWeight, hasOld)},
            {QStringLiteral("new"), noteJson(change.link.note, change.link.weight, hasNew)},
        });
    }
    const QJsonObject summary{
        {QStringLiteral("equal"), diff.isEmpty()},
        {QStringLiteral("elements"), countsJson(diff.elementCounts(), true)},
        {QStringLiteral("chains"), countsJson(diff.chainCounts(), false)},
        {QStringLiteral("links"), countsJson(diff.linkCounts(), false)},
    };
    QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("tandem-diff/1")},
        {QStringLiteral("old"), sideJson(older)},
        {QStringLiteral("new"), sideJson(newer)},
        {QStringLiteral("summary"), summary},
        {QStringLiteral("chains"), chains},
        {QStringLiteral("elements"), elements},
        {QStringLiteral("links"), links},
    };
    if (diff.money.present)
        root.insert(QStringLiteral("money"), moneyDiffJson(diff.money, older.money, newer.money));
    return QJsonDocument(root);
}

QByteArray formatDiff(DiffFormat format, const StateDiff& diff, const DiffSide& older,
                      const DiffSide& newer) {
    switch (format) {
    case DiffFormat::Text:
        return formatDiffText(diff, older, newer).toUtf8();
    case DiffFormat::Json:
        return diffJson(diff, older, newer).toJson(QJsonDocument::Indented);
    }
    return {};
}

} // namespace tandem
