#pragma once

#include <QStringList>

namespace tandem {

// `tandem fmt [--check] FILE...`: rewrites sessions in Tandem's canonical
// form, the bytes its save writes. With --check nothing is written; each file
// that is not canonical is named. Returns 0 when all are (or now are)
// canonical, 1 when --check found one that is not, 2 when a file cannot be
// loaded or written (it is left as it was) or the command line is wrong.
int runFmtCommand(const QStringList& arguments);

} // namespace tandem
