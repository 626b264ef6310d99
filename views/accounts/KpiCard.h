#pragma once

#include "DashboardModel.h"

#include <QFrame>

class QLabel;
class QChartView;

// One KPI: its value, the change against the previous period (green up, red down) and a small
// trend chart. The tooltip says exactly what it counts.
class KpiCard final : public QFrame
{
    Q_OBJECT

public:
    KpiCard(DashboardModel* dashboard, DashboardModel::Card card, QWidget* parent = nullptr);

    QString valueText() const;
    QString deltaText() const;

private:
    void refresh();

    DashboardModel* m_dashboard;
    DashboardModel::Card m_card;
    QLabel* m_title;
    QLabel* m_value;
    QLabel* m_delta;
    QChartView* m_chart;
};
