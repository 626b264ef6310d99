#include "CsvExportRunner.h"

#include "Dialogs.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QProgressDialog>

namespace CsvExportRunner {

QString run(QWidget* parent, const QString& what, const QString& suggestedName, qint64 expectedRows, const Save& save)
{
    const Dialogs::SaveTarget target =
        Dialogs::saveCsv(parent, QStringLiteral("Export %1 as CSV").arg(what), suggestedName);
    if (target.path.isEmpty())
        return {};

    QProgressDialog progress(QStringLiteral("Exporting %1 %2…").arg(QLocale().toString(expectedRows), what),
                             QStringLiteral("Cancel"), 0, 1000, parent);
    progress.setObjectName(QStringLiteral("exportProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setAutoClose(false);
    progress.setAutoReset(false);

    CsvExport::Options options;
    options.bom = target.excelBom;
    options.progress = [&](qint64 done, qint64 total) {
        progress.setValue(total > 0 ? static_cast<int>(done * 1000 / total) : 0);
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    };
    QString error;
    qint64 rows = 0;
    const bool ok = save(target.path, options, &error, &rows);
    progress.close();
    if (!ok) {
        if (!progress.wasCanceled())
            Dialogs::warning(parent, QStringLiteral("Export failed"),
                             QStringLiteral("The %1 could not be exported. Nothing was written.").arg(what), error);
        return {};
    }
    Dialogs::information(parent, QStringLiteral("Export finished"),
                         QStringLiteral("%1 %2 exported to\n%3%4")
                             .arg(QLocale().toString(rows), what, QDir::toNativeSeparators(target.path),
                                  target.excelBom ? QStringLiteral("\n(UTF-8 with BOM, for Excel)") : QString()));
    return target.path;
}

} // namespace CsvExportRunner
