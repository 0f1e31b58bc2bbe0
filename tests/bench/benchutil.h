#pragma once

#include <QByteArray>

namespace tandem::bench {

// A generated session of about this many elements, written as tandem/1 YAML.
// Generated once per size and seed 42: benchmarks measure Tandem, not the
// generator.
const QByteArray& sessionBytes(int elements);

// The process's peak resident set size (VmHWM) in MiB.
double peakResidentMegabytes();

} // namespace tandem::bench
