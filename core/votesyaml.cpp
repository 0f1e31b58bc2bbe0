#include "votesyaml_p.h"

#include "utf8text.h"
#include "votes.h"
#include "yamlemit.h"

#include <yaml-cpp/yaml.h>

namespace tandem {

Votes votesFromYaml(const YAML::Node& value) {
    Votes votes;
    if (!value.IsDefined() || !value.IsMap())
        return votes;
    for (auto entry = value.begin(); entry != value.end(); ++entry) {
        const YAML::Node key = entry->first;
        const YAML::Node count = entry->second;
        if (!key.IsScalar() || !count.IsScalar())
            continue;
        const QString participant = utf8Text(key.Scalar()).trimmed();
        bool ok = false;
        const int dots = utf8Text(count.Scalar()).trimmed().toInt(&ok);
        if (ok && isCountedVote(participant, dots))
            votes.insert(participant, dots);
    }
    return votes;
}

bool votesWriteBackAsRead(const YAML::Node& value, const Votes& votes) {
    if (votes.isEmpty())
        return false; // the writer writes no key for no votes
    YamlTextEmitter asRead;
    asRead.node(value);
    YamlTextEmitter asWritten;
    asWritten.votes(votes);
    return asRead.finish() == asWritten.finish();
}

} // namespace tandem
