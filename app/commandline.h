#pragma once

#include "model.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace tandem::commandline {

// What the headless commands (check, diff, export) share: starting on their
// own without main(), parsing and help under the subcommand's name, the usage
// error, and loading a session with its problem on stderr.

// The exit code for a wrong command line or a file that cannot be loaded.
constexpr int ExitFailure = 2;

// An application object for a command run on its own (tests, tools): main()
// normally made one, and then this returns null.
template <typename App> std::unique_ptr<App> ownApplication() {
    if (QCoreApplication::instance())
        return nullptr;
    static int argc = 1;
    static char name[] = "tandem";
    static char* argv[] = {name, nullptr};
    return std::make_unique<App>(argc, argv);
}

// Parses the words after the subcommand as "tandem COMMAND ...". parse(), not
// process(): process() would exit() on its own and print with the wrong
// program name; the caller owns the exit code.
bool parse(QCommandLineParser& parser, const QString& command, const QStringList& arguments);

// Prints the parser's help on stdout, as "Usage: tandem COMMAND ...".
void printHelp(const QCommandLineParser& parser, const QString& command);

// "tandem COMMAND: problem" and the usage on stderr; returns ExitFailure.
int usageError(const QString& command, const QString& problem, const QString& usage);

// Reads a session file; when it cannot be loaded, says why on stderr
// (FILE:LINE: problem) and returns nullopt.
std::optional<Session> readSession(const QString& path);

} // namespace tandem::commandline
