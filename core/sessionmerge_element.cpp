// One element both sides kept, merged field by field.

#include "sessionmerge_p.h"

#include "money.h"
#include "votes.h"

#include <QSet>

namespace tandem::mergedetail {

namespace {

std::optional<YAML::Node> atNode(const std::optional<QPointF>& at) {
    if (!at)
        return std::nullopt;
    YAML::Node list(YAML::NodeType::Sequence);
    list.SetStyle(YAML::EmitterStyle::Flow);
    list.push_back(plainNode(QString::number(at->x()).toStdString()));
    list.push_back(plainNode(QString::number(at->y()).toStdString()));
    return list;
}

std::optional<YAML::Node> figureNode(const std::optional<Figure>& figure) {
    if (!figure)
        return std::nullopt;
    return plainNode(money::figureText(*figure).toStdString());
}

YAML::Node votesNode(const Votes& votes) {
    YAML::Node map(YAML::NodeType::Map);
    map.SetStyle(YAML::EmitterStyle::Flow);
    for (auto it = votes.constBegin(); it != votes.constEnd(); ++it)
        map[it.key().toStdString()] = plainNode(std::to_string(it.value()));
    return map;
}

} // namespace

void ElementMerger::text(QString Element::*field, const char* name, const Element& b,
                         const Element& o, const Element& t, Element& out) {
    bool conflict = false;
    out.*field = mergeValue(b.*field, o.*field, t.*field, &conflict);
    if (conflict)
        m_sink.add(ConflictSubject::Element, m_id, QString::fromLatin1(name), textNode(b.*field),
                   textNode(o.*field), textNode(t.*field));
}

void ElementMerger::tags(const Element& b, const Element& o, const Element& t, Element& out) {
    bool conflict = false;
    out.tags = mergeValue(b.tags, o.tags, t.tags, &conflict);
    if (conflict)
        m_sink.add(ConflictSubject::Element, m_id, QStringLiteral("tags"), textListNode(b.tags),
                   textListNode(o.tags), textListNode(t.tags));
}

void ElementMerger::at(const Element& b, const Element& o, const Element& t, Element& out) {
    bool conflict = false;
    out.at = mergeValue(b.at, o.at, t.at, &conflict);
    if (conflict)
        m_sink.add(ConflictSubject::Element, m_id, QStringLiteral("at"), atNode(b.at), atNode(o.at),
                   atNode(t.at));
}

void ElementMerger::amount(const Element& b, const Element& o, const Element& t, Element& out) {
    bool conflict = false;
    out.amount = mergeValue(b.amount, o.amount, t.amount, &conflict);
    if (conflict)
        m_sink.add(ConflictSubject::Element, m_id, QStringLiteral("amount"), figureNode(b.amount),
                   figureNode(o.amount), figureNode(t.amount));
}

// Votes merge participant by participant: two people voting on two branches
// both count.
void ElementMerger::votes(const Element& b, const Element& o, const Element& t, Element& out) {
    QSet<QString> names;
    for (const Votes* votes : {&b.votes, &o.votes, &t.votes}) {
        for (auto it = votes->constBegin(); it != votes->constEnd(); ++it)
            names.insert(it.key());
    }
    Votes merged;
    bool conflict = false;
    for (const QString& name : names) {
        const int count =
            mergeValue(b.votes.value(name), o.votes.value(name), t.votes.value(name), &conflict);
        if (count > 0)
            merged.insert(name, count);
    }
    out.votes = merged;
    if (conflict)
        m_sink.add(ConflictSubject::Element, m_id, QString::fromLatin1(votesKey),
                   votesNode(b.votes), votesNode(o.votes), votesNode(t.votes));
}

Element ElementMerger::merge(const Element& b, const Element& o, const Element& t) {
    if (o == t || t == b)
        return o;
    if (o == b)
        return t;
    Element out = o;
    text(&Element::text, "text", b, o, t, out);
    text(&Element::description, "description", b, o, t, out);
    text(&Element::color, "color", b, o, t, out);
    tags(b, o, t, out);
    at(b, o, t, out);
    amount(b, o, t, out);
    votes(b, o, t, out);
    out.extra =
        mergeExtras(b.extra, o.extra, t.extra,
                    [&](const QString& key, const auto& bv, const auto& ov, const auto& tv) {
                        if (key != QLatin1String(votesKey))
                            m_sink.add(ConflictSubject::Element, m_id, key, bv, ov, tv);
                    });
    // A votes value kept as a hand-edited file had it is only written back
    // while it still says what the typed votes say (core/votesyaml_p.h).
    if (out.votes != o.votes)
        out.extra = out.extra.without(QString::fromLatin1(votesKey));
    return out;
}

Spot ElementMerger::mergeSpot(const Spot& b, const Spot& o, const Spot& t) {
    bool conflict = false;
    const Spot spot = mergeValue(b, o, t, &conflict);
    if (conflict)
        m_sink.add(ConflictSubject::Element, m_id, QStringLiteral("place"), textNode(b.key()),
                   textNode(o.key()), textNode(t.key()));
    return spot;
}

} // namespace tandem::mergedetail
