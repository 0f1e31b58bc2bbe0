// libFuzzer target: any bytes given to the session loader either load or are
// refused with a message; never a crash, a hang or a leak. Read in pieces
// (SessionReader::Parallelism), they must give the same answer. The reader
// walks yaml-cpp's parse events recorded on a YamlTape: for every text that
// reaches yaml-cpp, the tape must hold what yaml-cpp's own tree (YAML::Load)
// holds, node for node, or fail with the same error.

#include "helpers/yamltapecheck.h"
#include "sessionreader.h"
#include "sessionwriter.h"
#include "yamlprescan.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const std::string_view text(bytes.constData(), size);
    // Anchors, aliases and deep nesting never reach yaml-cpp (the pre-scan
    // refuses them), and would make YAML::Load's tree explode here.
    if (!tandem::prescanYaml(text, tandem::SessionReader::MaxNesting) &&
        !tandem::tapecheck::compareWithYamlCpp(text).empty())
        std::abort();
    tandem::LoadError error;
    const auto session =
        tandem::SessionReader::readBytes(bytes, QStringLiteral("fuzz.tandem.yaml"), &error);
    // Cut into pieces parsed on their own (as large files are), the same
    // bytes must give exactly the same session or the same refusal.
    tandem::LoadError cutError;
    const auto cut = tandem::SessionReader::readBytes(bytes, QStringLiteral("fuzz.tandem.yaml"),
                                                      &cutError, {3, 1});
    if (session.has_value() != cut.has_value() || cutError.toString() != error.toString() ||
        (session && !(*session == *cut)))
        std::abort();
    if (!session) {
        if (error.message.isEmpty())
            std::abort(); // every refusal must say why
        return 0;
    }
    // What loads must write and load again to the same session.
    const QByteArray written = tandem::SessionWriter::toBytes(*session);
    const auto again =
        tandem::SessionReader::readBytes(written, QStringLiteral("again.tandem.yaml"), &error);
    if (!again || !(*again == *session))
        std::abort();
    return 0;
}
