// libFuzzer target: any bytes read as a CSV import are either refused, each
// problem with its line, or make notes that save and load back; never a
// crash, a hang or a leak.

#include "importcheck.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    tandem::fuzz::checkImport(bytes,
                              tandem::SessionImport::fromCsv(bytes, QStringLiteral("f.csv")));
    return 0;
}
