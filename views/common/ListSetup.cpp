#include "ListSetup.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>

#include <memory>

namespace ListSetup {

void table(QTableView* view, QAbstractItemModel* model, int sortColumn, const QList<int>& columnWidths,
           const std::function<bool(int column)>& sortable)
{
    view->setModel(model);
    view->setSortingEnabled(true);
    view->sortByColumn(sortColumn, Qt::AscendingOrder);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setStretchLastSection(true);
    for (int c = 0; c < columnWidths.size(); ++c)
        view->setColumnWidth(c, columnWidths.at(c));
    auto last = std::make_shared<QPair<int, Qt::SortOrder>>(sortColumn, Qt::AscendingOrder);
    QHeaderView* header = view->horizontalHeader();
    QObject::connect(header, &QHeaderView::sortIndicatorChanged, view,
                     [header, sortable, last](int column, Qt::SortOrder order) {
                         if (sortable(column)) {
                             *last = {column, order};
                             return;
                         }
                         QSignalBlocker block(header);
                         header->setSortIndicator(last->first, last->second);
                     });
}

void search(QLineEdit* edit, const QString& placeholder, QWidget* owner,
            const std::function<void(const QString&)>& apply)
{
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    edit->setMaximumWidth(420);
    auto* delay = new QTimer(owner);
    delay->setSingleShot(true);
    delay->setInterval(200);
    QObject::connect(edit, &QLineEdit::textChanged, delay, qOverload<>(&QTimer::start));
    QObject::connect(delay, &QTimer::timeout, owner, [edit, apply] { apply(edit->text().trimmed()); });
    QObject::connect(edit, &QLineEdit::returnPressed, owner, [edit, delay, apply] {
        delay->stop();
        apply(edit->text().trimmed());
    });
}

} // namespace ListSetup
