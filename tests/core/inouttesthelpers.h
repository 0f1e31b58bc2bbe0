#pragma once

// Shared by the import and export tests: a small session with something of
// everything (a comma, quotes, a formula, a line break, a chain, links).

#include "model.h"

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace tandemtest {

inline tandem::Element note(const char* id, const QString& text) {
    tandem::Element element;
    element.id = QString::fromUtf8(id);
    element.text = text;
    return element;
}

inline tandem::Session smallSession() {
    using namespace tandem;
    Session session;
    session.info.title = QStringLiteral("Offsite");
    session.info.organisation = QStringLiteral("Acme");
    session.info.facilitator = QStringLiteral("Ada");
    session.info.participants = {QStringLiteral("Ada"), QStringLiteral("Bo")};
    session.info.date = QStringLiteral("2026-01-02");
    session.info.notes = QStringLiteral("Line one\nLine two\n");
    Element fresh = note("vp-1", QStringLiteral("Fresh, fast"));
    fresh.description = QStringLiteral("Roasted daily\nShipped fast");
    fresh.color = QStringLiteral("yellow");
    fresh.tags = {QStringLiteral("a"), QStringLiteral("b")};
    session.state.elements(Block::ValuePropositions) = {fresh,
                                                        note("vp-2", QStringLiteral("=SUM(A1)"))};
    session.state.elements(Block::CustomerSegments) = {
        note("cs-1", QStringLiteral("Cafés \"indie\""))};
    ValueChain chain;
    chain.id = QStringLiteral("vc-1");
    chain.name = QStringLiteral("Delivery");
    chain.stages = {note("st-1", QStringLiteral("Roast")), note("st-2", QStringLiteral("Ship"))};
    session.state.chains = {chain};
    Link delivers;
    delivers.from = QStringLiteral("vp-1");
    delivers.to = QStringLiteral("st-1");
    delivers.note = QStringLiteral("core");
    Link serves;
    serves.from = QStringLiteral("vp-1");
    serves.to = QStringLiteral("cs-1");
    session.state.links = {delivers, serves};
    return session;
}

} // namespace tandemtest
