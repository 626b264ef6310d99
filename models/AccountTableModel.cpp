#include "AccountTableModel.h"

#include "Clock.h"
#include "Instant.h"

#include <QColor>
#include <QLocale>

AccountTableModel::AccountTableModel(Workspace* workspace, QObject* parent)
    : LazyTableModel(workspace, parent)
{}

int AccountTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

AccountColumn AccountTableModel::queryColumn(Column column)
{
    switch (column) {
    case Name:
        return AccountColumn::Name;
    case Id:
        return AccountColumn::Id;
    case Created:
        return AccountColumn::CreatedAt;
    case LastVisit:
        return AccountColumn::LastVisit;
    case DailyVisits:
        return AccountColumn::DailyVisits;
    case Users:
        return AccountColumn::Users;
    case PrimaryEmail:
    case ColumnCount:
        break;
    }
    return AccountColumn::PrimaryEmail;
}

QString AccountTableModel::totalSql() const
{
    return QStringLiteral("SELECT COUNT(*) FROM accounts WHERE deleted_at IS NULL");
}

QVariant AccountTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.column() >= ColumnCount)
        return {};
    const RowCache::Row* row = rowAt(index.row());
    if (!row)
        return {};
    const QVariant value = row->at(static_cast<int>(queryColumn(static_cast<Column>(index.column()))));
    const bool instant = index.column() == Created || index.column() == LastVisit;
    const bool number = index.column() == DailyVisits || index.column() == Users;
    switch (role) {
    case Qt::DisplayRole:
        if (instant)
            return value.isNull() ? (index.column() == LastVisit ? QStringLiteral("Never") : QString())
                                  : Instant::localDisplay(value.toLongLong());
        if (number)
            return QLocale().toString(value.toLongLong());
        return value.toString();
    case Qt::ToolTipRole:
        if (instant && !value.isNull())
            return Instant::tooltip(value.toLongLong(), Clock::now());
        if (index.column() == LastVisit)
            return QStringLiteral("No counted member has logged in yet");
        if (index.column() == PrimaryEmail && !value.isNull())
            return QStringLiteral("The member who created the account");
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignVCenter | (number ? Qt::AlignRight : Qt::AlignLeft));
    case Qt::ForegroundRole:
        if (index.column() == LastVisit && value.isNull())
            return QVariant::fromValue(QColor(Qt::gray));
        return {};
    case AccountIdRole:
        return row->at(static_cast<int>(AccountColumn::Id));
    case SortValueRole:
        return value;
    default:
        return {};
    }
}

QVariant AccountTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        static const char* const titles[] = {"Name",         "ID",    "Created",     "Last visit",
                                             "Daily visits", "Users", "Primary user"};
        return section >= 0 && section < ColumnCount ? QString::fromLatin1(titles[section]) : QVariant();
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case LastVisit:
            return QStringLiteral("The latest login of any counted member");
        case DailyVisits:
            return QStringLiteral("Distinct UTC days on which at least one counted member logged in");
        case Users:
            return QStringLiteral("Members, without users of excluded domains");
        case PrimaryEmail:
            return QStringLiteral("The member who created the account (not sortable)");
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignVCenter |
                                   (section == DailyVisits || section == Users ? Qt::AlignRight : Qt::AlignLeft));
    return {};
}

void AccountTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount || column == PrimaryEmail)
        return;
    m_query.sortColumn = queryColumn(static_cast<Column>(column));
    m_query.descending = order == Qt::DescendingOrder;
    requery(Change::Order);
}

void AccountTableModel::setSearch(const QString& text)
{
    if (text == m_query.search)
        return;
    m_query.search = text;
    requery(Change::Filter);
}

QString AccountTableModel::accountIdAt(int row) const
{
    const RowCache::Row* r = rowAt(row);
    return r ? r->at(static_cast<int>(AccountColumn::Id)).toString() : QString();
}
