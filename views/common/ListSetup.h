#pragma once

#include <QList>
#include <QString>

#include <functional>

class QAbstractItemModel;
class QLineEdit;
class QTableView;
class QWidget;

// How every long list of the app looks and searches: fixed-height rows, SQL-sorted headers,
// fixed column widths (never ResizeToContents, which would read every row of a lazy model),
// and a search box that applies its text after a short pause.
namespace ListSetup {

// `sortable` says which columns sort; clicking another header leaves the sort (and its arrow) as it was.
void table(QTableView* view, QAbstractItemModel* model, int sortColumn, const QList<int>& columnWidths,
           const std::function<bool(int column)>& sortable);
void search(QLineEdit* edit, const QString& placeholder, QWidget* owner,
            const std::function<void(const QString&)>& apply);

} // namespace ListSetup
