#pragma once

#include "CsvExport.h"

#include <QString>

#include <functional>

class QWidget;

// The GUI side of a CSV export: asks where (and whether for Excel), shows a cancellable progress
// dialog for large lists, calls the core writer, and says where the file went.
namespace CsvExportRunner {

using Save = std::function<bool(const QString& path, const CsvExport::Options& options, QString* error, qint64* rows)>;

// Returns the path written, or empty when cancelled or failed (the user was told why).
QString run(QWidget* parent, const QString& what, const QString& suggestedName, qint64 expectedRows, const Save& save);

} // namespace CsvExportRunner
