#include "ImportRunner.h"

#include "BackgroundTask.h"
#include "Database.h"
#include "Dialogs.h"

namespace ImportRunner {

Outcome run(QWidget* parent, const QString& dataDir, Environment env, const QString& label, const Job& job)
{
    Outcome outcome;
    QString openError;
    const bool ok = BackgroundTask::run(
        parent, dataDir, env, label, true,
        [&outcome, job](Database& db, BackgroundTask::Progress& progress, QString*) {
            Importer importer(db);
            importer.setProgress([&progress](qint64 done, qint64 total) {
                progress.done = done;
                progress.total = total;
                return !progress.cancelled.load();
            });
            outcome.ok = job(importer);
            outcome.report = importer.report();
            outcome.errors = importer.errors();
            outcome.errorCount = importer.errorCount();
            return outcome.ok;
        },
        &openError);
    if (!ok && !openError.isEmpty()) {
        outcome.errors = {openError};
        outcome.errorCount = 1;
    }
    return outcome;
}

void showOutcome(QWidget* parent, const QString& title, const Outcome& outcome)
{
    if (outcome.ok) {
        Dialogs::information(parent, title,
                             QStringLiteral("Import finished.\n\n") + outcome.report.lines().join(QLatin1Char('\n')));
        return;
    }
    QStringList lines = outcome.errors;
    if (outcome.errorCount > outcome.errors.size())
        lines << QStringLiteral("… and %1 more errors").arg(outcome.errorCount - outcome.errors.size());
    Dialogs::warning(parent, title,
                     QStringLiteral("The import was rejected with %1 %2. Nothing was changed.\n\n%3")
                         .arg(outcome.errorCount)
                         .arg(outcome.errorCount == 1 ? QStringLiteral("error") : QStringLiteral("errors"),
                              lines.mid(0, 5).join(QLatin1Char('\n'))),
                     lines.join(QLatin1Char('\n')));
}

} // namespace ImportRunner
