#include "Environment.h"

#include <QDir>
#include <QStandardPaths>

namespace Environments {

QList<Environment> all()
{
    return {Environment::Development, Environment::Staging, Environment::QA, Environment::Production};
}

QString key(Environment env)
{
    switch (env) {
    case Environment::Development:
        return QStringLiteral("development");
    case Environment::Staging:
        return QStringLiteral("staging");
    case Environment::QA:
        return QStringLiteral("qa");
    case Environment::Production:
        return QStringLiteral("production");
    }
    return {};
}

QString displayName(Environment env)
{
    return env == Environment::QA ? QStringLiteral("QA") : key(env).replace(0, 1, key(env).at(0).toUpper());
}

QColor color(Environment env)
{
    switch (env) {
    case Environment::Development:
        return QColor(0x2e, 0x7d, 0x32);
    case Environment::Staging:
        return QColor(0xef, 0x6c, 0x00);
    case Environment::QA:
        return QColor(0x6a, 0x1b, 0x9a);
    case Environment::Production:
        return QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

std::optional<Environment> fromName(const QString& name)
{
    for (Environment env : all()) {
        if (key(env).compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return env;
    }
    return std::nullopt;
}

QString filePath(const QString& dataDir, Environment env)
{
    return QDir(dataDir).filePath(key(env) + QStringLiteral(".sqlite"));
}

QString resolveDataDir(const QString& explicitDir)
{
    if (!explicitDir.isEmpty())
        return QDir(explicitDir).absolutePath();
    const QString fromEnv = qEnvironmentVariable("BACKOFFICE_DATA_DIR");
    if (!fromEnv.isEmpty())
        return QDir(fromEnv).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

} // namespace Environments
