#pragma once

// Shared by the CSV and Markdown import fuzz targets: what any import of any
// bytes must satisfy. Every refusal names a line of the input; a plan that
// is accepted adds to a session that saves and loads back unchanged.

#include "sessionimport.h"
#include "sessionreader.h"
#include "sessionwriter.h"

#include <QByteArray>

#include <cstdlib>

namespace tandem::fuzz {

inline void checkImport(const QByteArray& bytes, const ImportPlan& plan) {
    // Lines as the readers count them: a line feed, a CR LF or a lone CR.
    const int lines =
        static_cast<int>(bytes.count('\n') + bytes.count('\r') - bytes.count("\r\n")) + 1;
    for (const ImportProblem& problem : plan.problems) {
        if (problem.message.isEmpty() || problem.line < 1 || problem.line > lines)
            std::abort(); // every refusal says why, and where
    }
    if (!plan.ok())
        return;
    Session session;
    if (plan.info)
        session.info = *plan.info;
    if (session.info.title.trimmed().isEmpty())
        session.info.title = QStringLiteral("Imported"); // as `tandem import` names it
    if (!SessionImport::conflicts(session.state, plan).empty())
        std::abort(); // nothing to conflict with in an empty session
    session.state = SessionImport::apply(session.state, plan);
    const QByteArray written = SessionWriter::toBytes(session);
    LoadError error;
    const auto again = SessionReader::readBytes(written, QStringLiteral("imported"), &error);
    if (!again || !(*again == session))
        std::abort(); // what an import made must save and load back
}

} // namespace tandem::fuzz
