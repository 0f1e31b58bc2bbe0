#include "document.h"

// The gestures of a Document: each pushes one undo command. In their own
// file so that document.cpp keeps the model, lookups and primitives.

#include "chaincommands.h"
#include "elementcommands.h"
#include "linkcommands.h"
#include "sessioncommands.h"
#include "snapshotcommands.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace tandem {

QString Document::addElement(const Place& place, Element element) {
    if (element.id.isEmpty() || m_index.contains(element.id))
        element.id = generateId(idPrefix(place.block));
    const QString id = element.id;
    m_undoStack.push(new AddElementCommand(this, place, element));
    return id;
}

QStringList Document::addElements(const std::vector<std::pair<Place, Element>>& notes,
                                  const QString& undoText) {
    QStringList ids;
    if (notes.empty())
        return ids;
    // The notes go in one by one when the command runs, so each id must be
    // new to the document and to the notes before it.
    QSet<QString> taken;
    auto* command = new QUndoCommand(undoText);
    for (auto [place, element] : notes) {
        if (element.id.isEmpty() || m_index.contains(element.id) || taken.contains(element.id))
            element.id = generateId(idPrefix(place.block), taken);
        taken.insert(element.id);
        ids.append(element.id);
        new AddElementCommand(this, place, element, command);
    }
    m_undoStack.push(command);
    return ids;
}

void Document::removeElements(const QStringList& ids, const QString& undoText) {
    QStringList existing;
    for (const QString& id : ids) {
        if (isElement(id) && !existing.contains(id))
            existing.append(id);
    }
    if (existing.isEmpty())
        return;
    auto* command = new RemoveElementsCommand(this, existing);
    if (!undoText.isEmpty())
        command->setText(undoText);
    m_undoStack.push(command);
}

void Document::editElement(const QString& id, const Element& changedElement,
                           const QString& undoText) {
    const Element* current = element(id);
    if (!current || *current == changedElement)
        return;
    m_undoStack.push(new EditElementCommand(this, id, changedElement, undoText));
}

void Document::setElementText(const QString& id, const QString& text) {
    if (const Element* current = element(id)) {
        Element edited = *current;
        edited.text = text;
        editElement(id, edited, tr("Edit text"));
    }
}

void Document::setElementDescription(const QString& id, const QString& description) {
    if (const Element* current = element(id)) {
        Element edited = *current;
        edited.description = description;
        editElement(id, edited, tr("Edit description"));
    }
}

void Document::setElementsColor(const QStringList& ids, const QString& color) {
    std::vector<std::pair<QString, Element>> edits;
    for (const QString& id : ids) {
        if (const Element* current = element(id); current && current->color != color) {
            Element edited = *current;
            edited.color = color;
            edits.emplace_back(id, edited);
        }
    }
    if (edits.empty())
        return;
    if (edits.size() == 1) {
        editElement(edits.front().first, edits.front().second, tr("Change colour"));
        return;
    }
    auto* command = new QUndoCommand(tr("Change colour of %n notes", nullptr, int(edits.size())));
    for (const auto& [id, edited] : edits)
        new EditElementCommand(this, id, edited, tr("Change colour"), command);
    m_undoStack.push(command);
}

void Document::setElementTags(const QString& id, const QStringList& tags) {
    if (const Element* current = element(id)) {
        Element edited = *current;
        edited.tags = tags;
        editElement(id, edited, tr("Edit tags"));
    }
}

void Document::setElementAmount(const QString& id, const std::optional<Figure>& amount) {
    const Element* current = element(id);
    const std::optional<Block> block = blockOf(id);
    if (!current || (block != Block::RevenueStreams && block != Block::CostStructure))
        return;
    Element edited = *current;
    edited.amount = amount;
    // A figure typed again at its old value changes nothing, its text neither.
    if (amount && current->amount && amount->value == current->amount->value)
        return;
    editElement(id, edited, amount ? tr("Set amount") : tr("Remove amount"));
}

void Document::moveElements(const std::vector<ElementMove>& moves, const QString& undoText) {
    std::vector<ElementMove> valid;
    for (const ElementMove& move : moves) {
        if (!isElement(move.id))
            continue;
        if (move.to.isStage() != (blockOf(move.id) == Block::ValueChains))
            continue; // stages stay stages, block notes stay block notes
        if (move.to.isStage() && chainIndex(move.to.chainId) < 0)
            continue;
        valid.push_back(move);
    }
    if (valid.empty())
        return;
    const QString text = !undoText.isEmpty() ? undoText
                         : valid.size() == 1
                             ? tr("Move note")
                             : tr("Move %n notes", nullptr, static_cast<int>(valid.size()));
    auto* command = new MoveElementsCommand(this, valid, text);
    if (command->isObsolete()) {
        delete command;
        return;
    }
    m_undoStack.push(command);
}

QString Document::addChain(const QString& name, int index) {
    ValueChain newChain;
    newChain.id = generateId(QStringLiteral("vc"));
    newChain.name = name.isEmpty() ? tr("New value chain") : name;
    const int count = static_cast<int>(m_session.state.chains.size());
    if (index < 0 || index > count)
        index = count;
    m_undoStack.push(new AddChainCommand(this, index, newChain));
    return newChain.id;
}

void Document::removeChain(const QString& chainId) {
    if (chainIndex(chainId) >= 0)
        m_undoStack.push(new RemoveChainCommand(this, chainId));
}

void Document::renameChain(const QString& chainId, const QString& name) {
    const ValueChain* target = chain(chainId);
    if (!target || target->name == name || name.trimmed().isEmpty())
        return;
    m_undoStack.push(new RenameChainCommand(this, chainId, name));
}

void Document::moveChain(const QString& chainId, int newIndex) {
    const int from = chainIndex(chainId);
    const int count = static_cast<int>(m_session.state.chains.size());
    if (from < 0 || newIndex < 0 || newIndex >= count || newIndex == from)
        return;
    m_undoStack.push(new MoveChainCommand(this, from, newIndex));
}

QString Document::addLink(const Link& link) {
    const QString problem = linkProblem(link);
    if (problem.isEmpty())
        m_undoStack.push(new AddLinkCommand(this, link));
    return problem;
}

void Document::removeLink(const Link& link) {
    if (linkIndex(link) >= 0)
        m_undoStack.push(new RemoveLinkCommand(this, link));
}

void Document::removeLinks(const std::vector<Link>& links, const QString& undoText) {
    std::vector<Link> existing;
    for (const Link& link : links) {
        const bool repeated = std::any_of(existing.begin(), existing.end(),
                                          [&](const Link& other) { return other.sameEnds(link); });
        if (linkIndex(link) >= 0 && !repeated)
            existing.push_back(link);
    }
    if (existing.empty())
        return;
    if (existing.size() == 1) {
        removeLink(existing.front());
        return;
    }
    auto* command = new QUndoCommand(undoText);
    for (const Link& link : existing)
        new RemoveLinkCommand(this, link, command);
    m_undoStack.push(command);
}

void Document::editLink(const Link& oldLink, const Link& newLink) {
    const int index = linkIndex(oldLink);
    if (index < 0 || m_session.state.links[index] == newLink)
        return;
    if (!oldLink.sameEnds(newLink) && linkIndex(newLink) >= 0)
        return; // would duplicate another link
    m_undoStack.push(new EditLinkCommand(this, index, newLink));
}

void Document::setSessionInfo(const SessionInfo& newInfo) {
    if (newInfo == m_session.info)
        return;
    m_undoStack.push(new EditSessionInfoCommand(this, newInfo));
}

void Document::replaceState(const CanvasState& newState, const QString& undoText) {
    m_undoStack.push(new ReplaceStateCommand(this, newState, undoText));
}

// --- snapshot gestures ---------------------------------------------------

int Document::snapshotIndex(const QString& name) const {
    const auto& snapshots = m_session.snapshots;
    for (std::size_t i = 0; i < snapshots.size(); ++i) {
        if (snapshots[i].name == name)
            return static_cast<int>(i);
    }
    return -1;
}

QString Document::suggestedSnapshotName() const {
    for (const QString& name : {QStringLiteral("as-is"), QStringLiteral("to-be")}) {
        if (snapshotIndex(name) < 0)
            return name;
    }
    for (int number = static_cast<int>(m_session.snapshots.size()) + 1;; ++number) {
        const QString name = QCoreApplication::translate("Snapshots", "snapshot %1").arg(number);
        if (snapshotIndex(name) < 0)
            return name;
    }
}

void Document::takeSnapshot(const QString& name, const QDateTime& taken) {
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return;
    Snapshot snapshot;
    snapshot.name = trimmed;
    // Whole seconds: the file stays readable and the time is no less useful.
    snapshot.taken = QDateTime::fromSecsSinceEpoch(taken.toSecsSinceEpoch(), Qt::UTC);
    snapshot.state = state();
    std::vector<Snapshot> snapshots = m_session.snapshots;
    const int existing = snapshotIndex(trimmed);
    QString text;
    if (existing >= 0) {
        // What the file kept about the old one (unknown keys) stays with it.
        snapshot.extra = snapshots[existing].extra;
        snapshots[existing] = snapshot;
        text =
            QCoreApplication::translate("Snapshots", "Retake snapshot \u201c%1\u201d").arg(trimmed);
    } else {
        snapshots.push_back(snapshot);
        text =
            QCoreApplication::translate("Snapshots", "Take snapshot \u201c%1\u201d").arg(trimmed);
    }
    m_undoStack.push(new SetSnapshotsCommand(this, std::move(snapshots), text));
}

void Document::renameSnapshot(int index, const QString& name) {
    std::vector<Snapshot> snapshots = m_session.snapshots;
    const QString trimmed = name.trimmed();
    if (index < 0 || index >= static_cast<int>(snapshots.size()) || trimmed.isEmpty() ||
        snapshots[index].name == trimmed)
        return;
    const QString text =
        QCoreApplication::translate("Snapshots", "Rename snapshot \u201c%1\u201d to \u201c%2\u201d")
            .arg(snapshots[index].name, trimmed);
    snapshots[index].name = trimmed;
    m_undoStack.push(new SetSnapshotsCommand(this, std::move(snapshots), text));
}

void Document::removeSnapshot(int index) {
    std::vector<Snapshot> snapshots = m_session.snapshots;
    if (index < 0 || index >= static_cast<int>(snapshots.size()))
        return;
    const QString text = QCoreApplication::translate("Snapshots", "Delete snapshot \u201c%1\u201d")
                             .arg(snapshots[index].name);
    snapshots.erase(snapshots.begin() + index);
    m_undoStack.push(new SetSnapshotsCommand(this, std::move(snapshots), text));
}

void Document::restoreSnapshot(int index) {
    const auto& snapshots = m_session.snapshots;
    if (index < 0 || index >= static_cast<int>(snapshots.size()))
        return;
    const Snapshot& snapshot = snapshots[index];
    if (snapshot.state == state())
        return;
    replaceState(snapshot.state,
                 QCoreApplication::translate("Snapshots", "Restore snapshot \u201c%1\u201d")
                     .arg(snapshot.name));
}

} // namespace tandem
