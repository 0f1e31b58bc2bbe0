// The command-line tests compare the binary's English messages, but the
// binary speaks the user's language (German on a German desktop). Before
// any test starts a process, this pins the locale that every child inherits
// to plain English.

#include <QByteArray>
#include <QtGlobal>

namespace {

const bool englishLocale = [] {
    qunsetenv("LANGUAGE");
    qputenv("LC_ALL", QByteArrayLiteral("C.UTF-8"));
    return true;
}();

} // namespace
