#include "ImportRunner.h"

#include "Database.h"
#include "Dialogs.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent>

#include <atomic>
#include <memory>

namespace ImportRunner {

namespace {
struct Shared
{
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    std::atomic<bool> cancel{false};
};
} // namespace

Outcome run(QWidget* parent, const QString& dataDir, Environment env, const QString& label, const Job& job)
{
    auto shared = std::make_shared<Shared>();
    QFutureWatcher<Outcome> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<Outcome>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([dataDir, env, job, shared] {
        Outcome outcome;
        Database db; // a connection belongs to the thread that opened it
        if (!db.openEnvironment(dataDir, env)) {
            outcome.errors << db.errorString();
            outcome.errorCount = 1;
            return outcome;
        }
        Importer importer(db);
        importer.setProgress([shared](qint64 done, qint64 total) {
            shared->done = done;
            shared->total = total;
            return !shared->cancel.load();
        });
        outcome.ok = job(importer);
        outcome.report = importer.report();
        outcome.errors = importer.errors();
        outcome.errorCount = importer.errorCount();
        return outcome;
    }));

    QProgressDialog progress(label, QStringLiteral("Cancel"), 0, 1000, parent);
    progress.setObjectName(QStringLiteral("importProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    QObject::connect(&progress, &QProgressDialog::canceled, [shared] { shared->cancel = true; });
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        const qint64 total = shared->total;
        if (total > 0)
            progress.setValue(static_cast<int>(shared->done * 1000 / total));
    });
    poll.start(100);
    if (!watcher.isFinished())
        loop.exec();
    poll.stop();
    progress.close();
    return watcher.result();
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
