#pragma once

#include <QString>
#include <QStringList>

class QMimeData;

namespace tandem {

// What the editor counts as a session file, in one place: the file dialogs'
// filter, the names a drop of files is searched for, and the extension a
// name given without one gets.
namespace SessionFiles {

// "Tandem sessions (*.tandem.yaml *.yaml *.yml);;All files (*)", translated.
QString dialogFilter();
bool isSessionFileName(const QString& path);
// The local session files among dropped or pasted URLs, in their order.
QStringList pathsIn(const QMimeData* mime);
// `path` with ".tandem.yaml" added unless it names a YAML file already.
QString withExtension(const QString& path);

} // namespace SessionFiles

} // namespace tandem
