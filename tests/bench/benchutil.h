#pragma once

#include <QByteArray>
#include <QString>

class QImage;

namespace tandem::bench {

// A generated session of about this many elements, written as tandem/1 YAML.
// Generated once per size and seed 42: benchmarks measure Tandem, not the
// generator.
const QByteArray& sessionBytes(int elements);

// Waits until work left to the thread pool is done (the reader frees large
// parsed trees there), so that one iteration's leftovers do not slow the
// next: a user opens one file at a time. Call with the timing paused.
void waitForBackgroundWork();

// The process's peak resident set size (VmHWM) in MiB.
double peakResidentMegabytes();

// Points the settings, data and cache folders (XDG_CONFIG_HOME,
// XDG_DATA_HOME, XDG_CACHE_HOME, and QSettings' user scope even if a
// QSettings was made before) at a temporary folder removed at exit, so that
// benchmarks running the editor never read or write the user's settings,
// recent files or recovery folder, and find no session to offer back.
// Idempotent; returns that folder.
QString isolateUserFolders();

// With TANDEM_BENCH_SHOT_DIR set, saves a painted frame there as NAME.png,
// to look at what a benchmark measured.
void keepFrame(const QImage& frame, const QString& name);

} // namespace tandem::bench
