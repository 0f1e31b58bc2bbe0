#include "clipboard.h"

#include "sessionreader.h"
#include "sessionwriter.h"

#include <QCoreApplication>
#include <QMimeData>

namespace tandem {

QByteArray Clipboard::toYaml(const Document& document, const QStringList& ids) {
    Session session;
    session.info.title = QCoreApplication::translate("Clipboard", "Tandem notes");
    ValueChain stages;
    stages.id = QStringLiteral("clipboard");
    stages.name = QCoreApplication::translate("Clipboard", "Copied stages");
    for (const QString& id : ids) {
        const Element* element = document.element(id);
        const auto block = document.blockOf(id);
        if (!element || !block)
            continue;
        if (*block == Block::ValueChains)
            stages.stages.push_back(*element);
        else
            session.state.elements(*block).push_back(*element);
    }
    if (!stages.stages.empty())
        session.state.chains.push_back(stages);
    return SessionWriter::toBytes(session);
}

QString Clipboard::toPlainText(const Document& document, const QStringList& ids) {
    QStringList lines;
    for (const QString& id : ids) {
        if (const Element* element = document.element(id))
            lines.append(QString(element->text).replace(QLatin1Char('\n'), QLatin1Char(' ')));
    }
    return lines.join(QLatin1Char('\n'));
}

QMimeData* Clipboard::toMimeData(const Document& document, const QStringList& ids) {
    auto* mime = new QMimeData;
    mime->setData(mimeType(), toYaml(document, ids));
    mime->setText(toPlainText(document, ids));
    return mime;
}

std::vector<Clipboard::Note> Clipboard::fromYaml(const QByteArray& yaml) {
    std::vector<Note> notes;
    LoadError error;
    const auto session = SessionReader::readBytes(yaml, QStringLiteral("clipboard"), &error);
    if (!session)
        return notes;
    for (Block block : allBlocks()) {
        if (block == Block::ValueChains) {
            for (const ValueChain& chain : session->state.chains) {
                for (Element stage : chain.stages) {
                    stage.id.clear();
                    notes.push_back({Block::ValueChains, stage});
                }
            }
            continue;
        }
        for (Element element : session->state.elements(block)) {
            element.id.clear();
            notes.push_back({block, element});
        }
    }
    return notes;
}

std::vector<Clipboard::Note> Clipboard::fromPlainText(const QString& text) {
    std::vector<Note> notes;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        QString trimmed = line.trimmed();
        // Bullets from a list in another program are not part of the idea.
        for (const QString& bullet :
             {QStringLiteral("- "), QStringLiteral("* "), QStringLiteral("\u2022 ")}) {
            if (trimmed.startsWith(bullet))
                trimmed = trimmed.mid(bullet.size()).trimmed();
        }
        if (trimmed.isEmpty())
            continue;
        Element element;
        element.text = trimmed;
        notes.push_back({std::nullopt, element});
    }
    return notes;
}

std::vector<Clipboard::Note> Clipboard::fromMimeData(const QMimeData* mime) {
    if (!mime)
        return {};
    if (mime->hasFormat(mimeType())) {
        auto notes = fromYaml(mime->data(mimeType()));
        if (!notes.empty())
            return notes;
    }
    if (mime->hasText())
        return fromPlainText(mime->text());
    return {};
}

} // namespace tandem
