#pragma once

#include "model.h"

#include <QByteArray>
#include <QString>

namespace tandem {

// The ArchiMate relationship a Tandem link becomes: its type, and whether
// its source and target are the link's `to` and `from` (ArchiMate reads
// "the stage realises the service", Tandem stores "service -> stage").
struct ArchimateRelation {
    QString type;
    bool reversed = false;
};

// Writes a session as an ArchiMate 3.1 Model Exchange File (the Open
// Group's XML format that Archi, BiZZdesign and other modelling tools
// import): every note an element, every link a relationship, each chain a
// business process composed of its stages, session details as Dublin Core
// metadata, and one diagram per canvas with the notes where the canvas has
// them. docs/archimate.md explains the mapping.
class ArchimateExport {
public:
    static QByteArray toXml(const Session& session);

    // The ArchiMate element type of a block's notes ("Value", "BusinessProcess"...).
    static QString elementType(Block block);
    // The relationship of a link of this kind between notes of two blocks;
    // Association where the ArchiMate 3.1 relationship tables allow nothing
    // more telling.
    static ArchimateRelation relation(LinkKind kind, Block from, Block to);
    // The xs:ID an element, stage or chain id gets ("id-vp-fresh").
    static QString identifier(const QString& tandemId);
};

} // namespace tandem
