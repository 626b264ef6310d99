#include "ChartSeriesModel.h"

#include <algorithm>

ChartSeriesModel::ChartSeriesModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int ChartSeriesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_points.size());
}

int ChartSeriesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChartSeriesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_points.size() || (role != Qt::DisplayRole && role != Qt::EditRole))
        return {};
    const Point& p = m_points.at(index.row());
    return index.column() == X ? p.x : p.y;
}

QVariant ChartSeriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section >= 0 && section < m_points.size() ? QVariant(m_points.at(section).label) : QVariant();
    return section == X ? QStringLiteral("x") : QStringLiteral("y");
}

void ChartSeriesModel::setPoints(const QList<Point>& points)
{
    beginResetModel();
    m_points = points;
    endResetModel();
}

double ChartSeriesModel::maxY() const
{
    double max = 0;
    for (const Point& p : m_points)
        max = std::max(max, p.y);
    return max;
}
