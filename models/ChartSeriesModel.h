#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>

// Points of one chart series, read by QVXYModelMapper (column 0: x, column 1: y) or
// QVBarModelMapper (column 1, with the row labels as categories).
class ChartSeriesModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    struct Point
    {
        double x = 0;
        double y = 0;
        QString label;
    };
    enum Column
    {
        X,
        Y,
        ColumnCount
    };

    explicit ChartSeriesModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setPoints(const QList<Point>& points);
    const QList<Point>& points() const { return m_points; }
    double maxY() const;

private:
    QList<Point> m_points;
};
