#pragma once

#include <QColor>
#include <QList>
#include <QString>

#include <optional>

// The four environments; each is one SQLite file `<data-dir>/<key>.sqlite`.
enum class Environment
{
    Development,
    Staging,
    QA,
    Production
};

namespace Environments {

QList<Environment> all();
QString key(Environment env);                             // "development", used in file names and the CLI
QString displayName(Environment env);                     // "Development"
QColor color(Environment env);                            // the strip colour; Production is red
std::optional<Environment> fromName(const QString& name); // any case
QString filePath(const QString& dataDir, Environment env);
// `--data-dir`, else $BACKOFFICE_DATA_DIR, else the platform's application data location.
QString resolveDataDir(const QString& explicitDir);

} // namespace Environments
