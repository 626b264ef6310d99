#include "MainWindow.h"

#include "Clock.h"
#include "Database.h"
#include "DemoGenerator.h"
#include "Environment.h"
#include "Instant.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>

// Fills the demo directory's Development environment on first launch.
static bool prepareDemo(const QString& dataDir, QString* error)
{
    Database db;
    if (!db.openEnvironment(dataDir, Environment::Development)) {
        *error = db.errorString();
        return false;
    }
    return DemoGenerator::fillIfEmpty(db, Clock::now(), error);
}

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("backoffice"));
    QApplication::setApplicationDisplayName(QStringLiteral("Backoffice"));
    QApplication::setApplicationVersion(QStringLiteral(BACKOFFICE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Review and manage the customer accounts of a SaaS product."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"), QStringLiteral("Where the environment databases live."), QStringLiteral("DIR"));
    const QCommandLineOption envOption(QStringLiteral("env"),
                                       QStringLiteral("The environment to open: development, staging, qa, production."),
                                       QStringLiteral("NAME"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QStringLiteral("Open a demo data directory, filled with generated data."));
    parser.addOptions({dataDirOption, envOption, demoOption});
    parser.process(app);

    const QString now = qEnvironmentVariable("BACKOFFICE_NOW");
    if (!now.isEmpty()) {
        const std::optional<qint64> at = Instant::parse(now);
        if (!at) {
            QMessageBox::critical(nullptr, QStringLiteral("Backoffice"),
                                  QStringLiteral("BACKOFFICE_NOW=\"%1\" is not an ISO 8601 instant.").arg(now));
            return 2;
        }
        Clock::setFixed(*at);
    }

    QString dataDir = Environments::resolveDataDir(parser.value(dataDirOption));
    if (parser.isSet(demoOption)) {
        if (!parser.isSet(dataDirOption))
            dataDir = QDir(Environments::resolveDataDir(QString())).filePath(QStringLiteral("demo"));
        QString error;
        if (!prepareDemo(dataDir, &error)) {
            QMessageBox::critical(nullptr, QStringLiteral("Backoffice"),
                                  QStringLiteral("The demo environment could not be prepared:\n%1").arg(error));
            return 1;
        }
    }
    std::optional<Environment> env;
    if (parser.isSet(envOption)) {
        env = Environments::fromName(parser.value(envOption));
        if (!env) {
            QMessageBox::critical(
                nullptr, QStringLiteral("Backoffice"),
                QStringLiteral("Unknown environment \"%1\"; use development, staging, qa or production.")
                    .arg(parser.value(envOption)));
            return 2;
        }
    } else if (parser.isSet(demoOption)) {
        env = Environment::Development;
    }
    MainWindow window(dataDir, env);
    window.show();
    return app.exec();
}
