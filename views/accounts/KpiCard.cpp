#include "KpiCard.h"

#include "ChartSeriesModel.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QLabel>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QVXYModelMapper>
#include <QValueAxis>

KpiCard::KpiCard(DashboardModel* dashboard, DashboardModel::Card card, QWidget* parent)
    : QFrame(parent)
    , m_dashboard(dashboard)
    , m_card(card)
    , m_title(new QLabel(DashboardModel::title(card), this))
    , m_value(new QLabel(this))
    , m_delta(new QLabel(this))
    , m_chart(new QChartView(this))
{
    setObjectName(QStringLiteral("kpiCard_") + DashboardModel::key(card));
    m_value->setObjectName(QStringLiteral("kpiValue"));
    m_delta->setObjectName(QStringLiteral("kpiDelta"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setToolTip(DashboardModel::description(card));
    setMinimumWidth(220);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setForegroundRole(QPalette::PlaceholderText);
    QFont valueFont = m_value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 2.2);
    valueFont.setBold(true);
    m_value->setFont(valueFont);

    auto* series = new QLineSeries;
    auto* mapper = new QVXYModelMapper(this);
    mapper->setXColumn(ChartSeriesModel::X);
    mapper->setYColumn(ChartSeriesModel::Y);
    mapper->setSeries(series);
    mapper->setModel(dashboard->trend(card));
    QPen pen(palette().color(QPalette::Highlight));
    pen.setWidthF(2);
    series->setPen(pen);

    auto* chart = new QChart;
    chart->addSeries(series);
    chart->legend()->hide();
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    auto* x = new QValueAxis;
    auto* y = new QValueAxis;
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    x->hide();
    y->hide();
    m_chart->setChart(chart);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setFixedHeight(48);
    m_chart->setStyleSheet(QStringLiteral("background: transparent"));
    m_chart->setToolTip(DashboardModel::description(card));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 8);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_delta);
    layout->addWidget(m_chart);

    connect(dashboard, &DashboardModel::changed, this, &KpiCard::refresh);
    refresh();
}

void KpiCard::refresh()
{
    m_value->setText(m_dashboard->valueText(m_card));
    m_delta->setText(m_dashboard->deltaText(m_card));
    const int sign = m_dashboard->deltaSign(m_card);
    QPalette p = m_delta->palette();
    p.setColor(QPalette::WindowText, sign > 0   ? QColor(0x2e, 0x9d, 0x4a)
                                     : sign < 0 ? QColor(0xd3, 0x3a, 0x2c)
                                                : palette().color(QPalette::PlaceholderText));
    m_delta->setPalette(p);

    const ChartSeriesModel* trend = m_dashboard->trend(m_card);
    const auto axes = m_chart->chart()->axes();
    if (trend->rowCount() > 0 && axes.size() == 2) {
        axes.at(0)->setRange(trend->points().first().x, trend->points().last().x);
        axes.at(1)->setRange(0, std::max(1.0, trend->maxY() * 1.1));
    }
}

QString KpiCard::valueText() const
{
    return m_value->text();
}

QString KpiCard::deltaText() const
{
    return m_delta->text();
}
