#include "extrafields_p.h"
#include "utf8text.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>

namespace tandem {

ExtraFields makeExtraFields(std::vector<ExtraEntry> entries) {
    if (entries.empty())
        return {};
    auto data = std::make_shared<ExtraFields::Data>();
    data->entries = std::move(entries);
    return ExtraFields(std::move(data));
}

const std::vector<ExtraEntry>& extraEntries(const ExtraFields& extra) {
    static const std::vector<ExtraEntry> none;
    return extra.data() ? extra.data()->entries : none;
}

ExtraFields::ExtraFields(std::shared_ptr<const Data> data)
    : m_data(std::move(data)) {}

bool ExtraFields::empty() const {
    return extraEntries(*this).empty();
}

std::size_t ExtraFields::size() const {
    return extraEntries(*this).size();
}

QStringList ExtraFields::keys() const {
    QStringList result;
    for (const auto& entry : extraEntries(*this))
        result.append(utf8Text(entry.first));
    return result;
}

bool ExtraFields::contains(const QString& key) const {
    const std::string name = key.toStdString();
    const auto& entries = extraEntries(*this);
    return std::any_of(entries.begin(), entries.end(),
                       [&](const ExtraEntry& entry) { return entry.first == name; });
}

ExtraFields ExtraFields::without(const QString& key) const {
    if (!contains(key))
        return *this;
    const std::string name = key.toStdString();
    std::vector<ExtraEntry> kept;
    for (const auto& entry : extraEntries(*this)) {
        if (entry.first != name)
            kept.push_back(entry); // shares the node, which nobody changes
    }
    return makeExtraFields(std::move(kept));
}

bool ExtraFields::operator==(const ExtraFields& other) const {
    if (m_data == other.m_data)
        return true;
    const auto& left = extraEntries(*this);
    const auto& right = extraEntries(other);
    if (left.size() != right.size())
        return false;
    for (std::size_t i = 0; i < left.size(); ++i) {
        if (left[i].first != right[i].first)
            return false;
        YAML::Emitter leftText;
        YAML::Emitter rightText;
        leftText << left[i].second;
        rightText << right[i].second;
        if (std::string(leftText.c_str()) != std::string(rightText.c_str()))
            return false;
    }
    return true;
}

} // namespace tandem
