#include "MemberTableModel.h"

#include "Clock.h"
#include "Instant.h"

#include <QColor>
#include <QFont>

MemberTableModel::MemberTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int MemberTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_members.size());
}

int MemberTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemberTableModel::data(const QModelIndex& index, int role) const
{
    const Member* m = index.isValid() ? memberAt(index.row()) : nullptr;
    if (!m || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Email:
            return m->primary ? m->email + QStringLiteral("  ★") : m->email;
        case Name:
            return m->name;
        case Roles:
            return m->roles.join(QStringLiteral(", "));
        case Status:
            return m->invited() ? QStringLiteral("Invited") : QStringLiteral("Active");
        case LastLogin:
            return m->lastLogin ? Instant::localDisplay(*m->lastLogin) : QString();
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Email && m->primary)
            return QStringLiteral("The primary user: the member who created the account");
        if (m->excluded)
            return QStringLiteral("Excluded domain: not counted in the figures");
        if (index.column() == LastLogin && m->lastLogin)
            return Instant::tooltip(*m->lastLogin, Clock::now());
        return {};
    case Qt::ForegroundRole:
        if (m->excluded)
            return QVariant::fromValue(QColor(Qt::gray));
        if (index.column() == Status && m->invited())
            return QVariant::fromValue(QColor(0xb2, 0x6a, 0x00));
        return {};
    case Qt::FontRole:
        if (m->primary && index.column() == Email) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case EmailRole:
        return m->email;
    case PrimaryRole:
        return m->primary;
    case RolesRole:
        return m->roles;
    default:
        return {};
    }
}

QVariant MemberTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    static const char* const titles[] = {"Email", "Name", "Roles", "Status", "Last login"};
    return QString::fromLatin1(titles[section]);
}

void MemberTableModel::setMembers(const QList<Member>& members)
{
    beginResetModel();
    m_members = members;
    endResetModel();
}

const Member* MemberTableModel::memberAt(int row) const
{
    return row >= 0 && row < m_members.size() ? &m_members.at(row) : nullptr;
}
