#include "UserTableModel.h"

#include "Clock.h"
#include "Instant.h"

#include <QColor>
#include <QFont>

UserTableModel::UserTableModel(Workspace* workspace, QObject* parent)
    : LazyTableModel(workspace, parent)
{}

int UserTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

UserColumn UserTableModel::queryColumn(Column column)
{
    switch (column) {
    case Email:
        return UserColumn::Email;
    case Name:
        return UserColumn::Name;
    case Accounts:
        return UserColumn::Accounts;
    case Roles:
        return UserColumn::Roles;
    case Created:
        return UserColumn::CreatedAt;
    case LastLogin:
    case Status:
    case ColumnCount:
        break;
    }
    return UserColumn::LastLogin;
}

QString UserTableModel::totalSql() const
{
    return m_query.includeExcluded ? QStringLiteral("SELECT COUNT(*) FROM users")
                                   : QStringLiteral("SELECT COUNT(*) FROM users WHERE excluded = 0");
}

QVariant UserTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.column() >= ColumnCount)
        return {};
    const RowCache::Row* row = rowAt(index.row());
    if (!row)
        return {};
    const auto column = static_cast<Column>(index.column());
    const QVariant value = row->at(static_cast<int>(queryColumn(column)));
    const bool excluded = row->at(static_cast<int>(UserColumn::Count)).toBool();
    const QVariant lastLogin = row->at(static_cast<int>(UserColumn::LastLogin));
    switch (role) {
    case Qt::DisplayRole:
        if (column == Status)
            return lastLogin.isNull() ? QStringLiteral("Invited") : QStringLiteral("Active");
        if (column == Created || column == LastLogin)
            return value.isNull() ? QString() : Instant::localDisplay(value.toLongLong());
        if (column == Accounts || column == Roles)
            return value.toString().replace(QLatin1Char(';'), QStringLiteral(", "));
        return value.toString();
    case Qt::ToolTipRole:
        if (excluded)
            return QStringLiteral("Excluded domain: this user is left out of every figure");
        if ((column == Created || column == LastLogin) && !value.isNull())
            return Instant::tooltip(value.toLongLong(), Clock::now());
        if (column == Status && lastLogin.isNull())
            return QStringLiteral("Invited: has not logged in yet");
        return {};
    case Qt::ForegroundRole:
        if (excluded)
            return QVariant::fromValue(QColor(Qt::gray));
        if (column == Status && lastLogin.isNull())
            return QVariant::fromValue(QColor(0xb2, 0x6a, 0x00));
        return {};
    case Qt::FontRole:
        if (excluded) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case EmailRole:
        return row->at(static_cast<int>(UserColumn::Email));
    case ExcludedRole:
        return excluded;
    default:
        return {};
    }
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    static const char* const titles[] = {"Email", "Name", "Accounts", "Roles", "Created", "Last login", "Status"};
    return QString::fromLatin1(titles[section]);
}

void UserTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    const UserColumn c = queryColumn(static_cast<Column>(column));
    if (!UserQuery::isSortable(c))
        return;
    m_query.sortColumn = c;
    m_query.descending = order == Qt::DescendingOrder;
    requery(Change::Order);
}

void UserTableModel::setSearch(const QString& text)
{
    if (text == m_query.search)
        return;
    m_query.search = text;
    requery(Change::Filter);
}

void UserTableModel::setShowExcluded(bool show)
{
    if (show == m_query.includeExcluded)
        return;
    m_query.includeExcluded = show;
    reload();
}
