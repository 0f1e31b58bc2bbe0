#include "sessionwriter.h"

#include "extrafields_p.h"
#include "money.h"
#include "votes.h"
#include "votesyaml_p.h"
#include "yamlemit.h"

#include <QCoreApplication>
#include <QDate>
#include <QSaveFile>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

namespace tandem {

namespace {

// The order of the business model blocks in file-format.md: the two the
// canvas is about first, then the rest as the contract lists them.
constexpr std::array<Block, 9> BusinessOrder{
    Block::ValuePropositions, Block::CustomerSegments, Block::KeyPartners,
    Block::KeyActivities,     Block::KeyResources,     Block::CustomerRelationships,
    Block::Channels,          Block::CostStructure,    Block::RevenueStreams};
constexpr std::array<Block, 5> OperatingBlocks{Block::Organisation, Block::Locations,
                                               Block::Information, Block::Suppliers,
                                               Block::ManagementSystem};

// Integral coordinates as integers ("12", not "12.0"); others in the
// shortest form that reads back to the same double.
std::string number(double value) {
    if (std::floor(value) == value && std::abs(value) < 1e15)
        return std::to_string(static_cast<long long>(value));
    std::array<char, 64> buffer{};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    return std::string(buffer.data(), result.ptr);
}

class Writer {
public:
    QByteArray session(const Session& session);

private:
    void info(const SessionInfo& info);
    void state(const CanvasState& state);
    void element(const Element& element);
    void votesAndExtras(const Element& element);
    void elements(const QString& key, const std::vector<Element>& list);
    void chain(const ValueChain& chain);
    void link(const Link& link);

    YamlTextEmitter m_out;
};

void Writer::element(const Element& element) {
    YAML::Emitter& raw = m_out.raw();
    raw << YAML::BeginMap;
    m_out.key("id");
    m_out.text(element.id);
    m_out.key("text");
    m_out.text(element.text);
    if (!element.description.isEmpty()) {
        m_out.key("description");
        m_out.text(element.description);
    }
    if (!element.color.isEmpty()) {
        m_out.key("color");
        m_out.text(element.color);
    }
    if (!element.tags.isEmpty()) {
        m_out.key("tags");
        m_out.flowTexts(element.tags);
    }
    if (element.amount) {
        m_out.key("amount");
        raw << money::figureText(*element.amount).toStdString();
    }
    if (element.at) {
        m_out.key("at");
        raw << YAML::Flow << YAML::BeginSeq << number(element.at->x()) << number(element.at->y())
            << YAML::EndSeq;
    }
    if (!element.author.isEmpty()) {
        m_out.key("author");
        m_out.text(element.author);
    }
    votesAndExtras(element);
    raw << YAML::EndMap;
}

// Votes go after the known keys. A votes key the reader kept as the file had
// it (votesyaml_p.h) is written back where it stood, unless the votes have
// changed since.
void Writer::votesAndExtras(const Element& element) {
    const auto& entries = extraEntries(element.extra);
    const auto kept = std::find_if(entries.begin(), entries.end(),
                                   [](const ExtraEntry& entry) { return entry.first == votesKey; });
    if (kept != entries.end() && votesFromYaml(kept->second) == element.votes) {
        m_out.extras(element.extra);
        return;
    }
    if (!element.votes.isEmpty()) {
        m_out.key(votesKey);
        m_out.votes(element.votes);
    }
    m_out.extras(kept == entries.end() ? element.extra
                                       : element.extra.without(QString::fromLatin1(votesKey)));
}

void Writer::elements(const QString& key, const std::vector<Element>& list) {
    m_out.raw() << YAML::Key << key.toStdString() << YAML::Value << YAML::BeginSeq;
    for (const Element& item : list)
        element(item);
    m_out.raw() << YAML::EndSeq;
}

void Writer::chain(const ValueChain& chain) {
    YAML::Emitter& raw = m_out.raw();
    raw << YAML::BeginMap;
    m_out.key("id");
    m_out.text(chain.id);
    m_out.key("name");
    m_out.text(chain.name);
    if (chain.stages.empty()) {
        m_out.key("stages");
        raw << YAML::Flow << YAML::BeginSeq << YAML::EndSeq;
    } else {
        elements(QStringLiteral("stages"), chain.stages);
    }
    m_out.extras(chain.extra);
    raw << YAML::EndMap;
}

void Writer::link(const Link& link) {
    YAML::Emitter& raw = m_out.raw();
    raw << YAML::BeginMap;
    m_out.key("from");
    m_out.text(link.from);
    m_out.key("to");
    m_out.text(link.to);
    m_out.key("kind");
    m_out.text(linkKindKey(link.kind));
    if (!link.note.isEmpty()) {
        m_out.key("note");
        m_out.text(link.note);
    }
    if (link.weight) {
        m_out.key("weight");
        raw << money::figureText(*link.weight).toStdString();
    }
    m_out.extras(link.extra);
    raw << YAML::EndMap;
}

void Writer::state(const CanvasState& state) {
    YAML::Emitter& raw = m_out.raw();

    m_out.key("business_model");
    const bool anyBusiness =
        !state.businessExtra.empty() ||
        std::any_of(BusinessOrder.begin(), BusinessOrder.end(),
                    [&](Block block) { return !state.elements(block).empty(); });
    if (anyBusiness) {
        raw << YAML::BeginMap;
        for (Block block : BusinessOrder) {
            if (!state.elements(block).empty())
                elements(blockKey(block), state.elements(block));
        }
        m_out.extras(state.businessExtra);
        raw << YAML::EndMap;
    } else {
        raw << YAML::Flow << YAML::BeginMap << YAML::EndMap;
    }

    m_out.key("operating_model");
    const bool anyOperating =
        !state.chains.empty() || !state.operatingExtra.empty() ||
        std::any_of(OperatingBlocks.begin(), OperatingBlocks.end(),
                    [&](Block block) { return !state.elements(block).empty(); });
    if (anyOperating) {
        raw << YAML::BeginMap;
        if (!state.chains.empty()) {
            m_out.key("value_chains");
            raw << YAML::BeginSeq;
            for (const ValueChain& item : state.chains)
                chain(item);
            raw << YAML::EndSeq;
        }
        for (Block block : OperatingBlocks) {
            if (!state.elements(block).empty())
                elements(blockKey(block), state.elements(block));
        }
        m_out.extras(state.operatingExtra);
        raw << YAML::EndMap;
    } else {
        raw << YAML::Flow << YAML::BeginMap << YAML::EndMap;
    }

    m_out.key("links");
    if (state.links.empty()) {
        raw << YAML::Flow << YAML::BeginSeq << YAML::EndSeq;
    } else {
        raw << YAML::BeginSeq;
        for (const Link& item : state.links)
            link(item);
        raw << YAML::EndSeq;
    }
}

void Writer::info(const SessionInfo& info) {
    YAML::Emitter& raw = m_out.raw();
    raw << YAML::BeginMap;
    m_out.key("title");
    m_out.text(info.title);
    auto optionalText = [&](const char* key, const QString& value) {
        if (!value.isEmpty()) {
            m_out.key(key);
            m_out.text(value);
        }
    };
    optionalText("organisation", info.organisation);
    optionalText("facilitator", info.facilitator);
    if (!info.participants.isEmpty()) {
        m_out.key("participants");
        m_out.flowTexts(info.participants);
    }
    if (!info.date.isEmpty()) {
        m_out.key("date");
        // The contract writes the date plain; anything else is just text.
        if (info.date.size() == 10 && QDate::fromString(info.date, Qt::ISODate).isValid())
            raw << info.date.toStdString();
        else
            m_out.text(info.date);
    }
    optionalText("notes", info.notes);
    optionalText("currency", info.currency);
    optionalText("period", info.period);
    m_out.extras(info.extra);
    raw << YAML::EndMap;
}

QByteArray Writer::session(const Session& session) {
    YAML::Emitter& raw = m_out.raw();
    raw << YAML::BeginMap;
    m_out.key("format");
    raw << "tandem/1";
    m_out.key("session");
    info(session.info);
    state(session.state);
    if (!session.snapshots.empty()) {
        m_out.key("snapshots");
        raw << YAML::BeginSeq;
        for (const Snapshot& snapshot : session.snapshots) {
            raw << YAML::BeginMap;
            m_out.key("name");
            m_out.text(snapshot.name);
            if (snapshot.taken.isValid()) {
                m_out.key("taken");
                const bool millis = snapshot.taken.time().msec() != 0;
                raw << snapshot.taken.toString(millis ? Qt::ISODateWithMs : Qt::ISODate)
                           .toStdString();
            }
            state(snapshot.state);
            m_out.extras(snapshot.extra);
            raw << YAML::EndMap;
        }
        raw << YAML::EndSeq;
    }
    m_out.extras(session.extra);
    raw << YAML::EndMap;
    return m_out.finish();
}

} // namespace

QByteArray SessionWriter::toBytes(const Session& session) {
    return Writer().session(session);
}

bool SessionWriter::write(const Session& session, QIODevice& device, QString* error) {
    const QByteArray bytes = toBytes(session);
    qint64 written = 0;
    while (written < bytes.size()) {
        const qint64 result = device.write(bytes.constData() + written, bytes.size() - written);
        if (result <= 0) {
            if (error)
                *error = device.errorString();
            return false;
        }
        written += result;
    }
    return true;
}

bool SessionWriter::saveFile(const Session& session, const QString& path, QString* error) {
    QSaveFile file(path);
    auto fail = [&](const QString& reason) {
        if (error)
            *error =
                QCoreApplication::translate("LoadError", "Cannot save to %1: %2").arg(path, reason);
        file.cancelWriting();
        return false;
    };
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    QString reason;
    if (!write(session, file, &reason))
        return fail(reason);
    // Flush ourselves: Qt 6.4's commit() ignores a short write while it
    // flushes (a full disk, a file size limit) and would rename a truncated
    // file over the old one.
    if (!file.flush())
        return fail(file.errorString());
    // commit() syncs and renames over the old file; if that fails (a synced
    // folder refusing the rename), the old file stays as it was.
    if (!file.commit()) {
        if (error)
            *error = QCoreApplication::translate("LoadError", "Cannot save to %1: %2")
                         .arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace tandem
