// libFuzzer target: any bytes given to the session loader either load or are
// refused with a message; never a crash, a hang or a leak.

#include "sessionreader.h"
#include "sessionwriter.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    tandem::LoadError error;
    const auto session =
        tandem::SessionReader::readBytes(bytes, QStringLiteral("fuzz.tandem.yaml"), &error);
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
