#include "ChartPanel.h"

#include "ChartSeriesModel.h"
#include "Dialogs.h"

#include <QBarCategoryAxis>

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QToolButton>
#include <QToolTip>
#include <QVBarModelMapper>
#include <QVBoxLayout>
#include <QVXYModelMapper>
#include <QValueAxis>
#include <cmath>

ChartPanel::ChartPanel(const QString& title, Kind kind, ChartSeriesModel* model, QWidget* parent)
    : QFrame(parent)
    , m_model(model)
    , m_kind(kind)
    , m_title(new QLabel(title, this))
    , m_header(new QHBoxLayout)
    , m_save(new QToolButton(this))
    , m_view(new QChartView(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_save->setObjectName(QStringLiteral("saveChartButton"));
    m_save->setIcon(QIcon::fromTheme(QStringLiteral("document-save")));
    m_save->setText(QStringLiteral("Save PNG…"));
    m_save->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_save->setAutoRaise(true);
    m_save->setToolTip(QStringLiteral("Save this chart as a PNG image"));
    connect(m_save, &QToolButton::clicked, this, [this] {
        const QString path = Dialogs::savePng(this, QStringLiteral("Save chart"),
                                              m_title->text().toLower().replace(QLatin1Char(' '), QLatin1Char('-')) +
                                                  QStringLiteral(".png"));
        if (!path.isEmpty() && !saveAs(path))
            Dialogs::warning(this, QStringLiteral("Save chart"), QStringLiteral("Could not write %1.").arg(path));
    });

    m_header->addWidget(m_title);
    m_header->addStretch();
    m_header->addWidget(m_save);

    auto* chart = new QChart;
    chart->legend()->hide();
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    const QColor text = palette().color(QPalette::Text);
    const QColor grid = palette().color(QPalette::Mid);
    const QColor accent = palette().color(QPalette::Highlight);

    if (kind == DateLine) {
        auto* series = new QLineSeries;
        auto* mapper = new QVXYModelMapper(this);
        mapper->setXColumn(ChartSeriesModel::X);
        mapper->setYColumn(ChartSeriesModel::Y);
        mapper->setSeries(series);
        mapper->setModel(model);
        QPen pen(accent);
        pen.setWidthF(2);
        series->setPen(pen);
        chart->addSeries(series);
        auto* x = new QDateTimeAxis;
        x->setFormat(QStringLiteral("MMM d"));
        x->setTickCount(6);
        auto* y = new QValueAxis;
        y->setLabelFormat(QStringLiteral("%d"));
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
        connect(series, &QLineSeries::hovered, this, [this](const QPointF& point, bool state) {
            if (!state) {
                QToolTip::hideText();
                return;
            }
            const int row = static_cast<int>(std::distance(
                m_model->points().cbegin(), std::min_element(m_model->points().cbegin(), m_model->points().cend(),
                                                             [&](const auto& a, const auto& b) {
                                                                 return qAbs(a.x - point.x()) < qAbs(b.x - point.x());
                                                             })));
            showHoverForRow(row);
        });
    } else {
        // Horizontal, so that the bucket labels get the room they need.
        auto* series = new QHorizontalBarSeries;
        auto* mapper = new QVBarModelMapper(this);
        mapper->setFirstBarSetColumn(ChartSeriesModel::Y);
        mapper->setLastBarSetColumn(ChartSeriesModel::Y);
        mapper->setSeries(series);
        mapper->setModel(model);
        chart->addSeries(series);
        auto* categories = new QBarCategoryAxis;
        auto* values = new QValueAxis;
        values->setLabelFormat(QStringLiteral("%d"));
        chart->addAxis(categories, Qt::AlignLeft);
        chart->addAxis(values, Qt::AlignBottom);
        series->attachAxis(categories);
        series->attachAxis(values);
        connect(series, &QHorizontalBarSeries::hovered, this, [this](bool status, int index, QBarSet*) {
            if (status)
                showHoverForRow(index);
            else
                QToolTip::hideText();
        });
        connect(series, &QHorizontalBarSeries::barsetsAdded, this, [series, accent] {
            for (QBarSet* set : series->barSets())
                set->setColor(accent);
        });
    }
    QFont axisFont = font();
    axisFont.setPointSizeF(axisFont.pointSizeF() * 0.85);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsFont(axisFont);
        axis->setLabelsColor(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
    }
    m_view->setChart(chart);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(180);
    m_view->setStyleSheet(QStringLiteral("background: transparent"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addLayout(m_header);
    layout->addWidget(m_view, 1);

    connect(model, &QAbstractItemModel::modelReset, this, &ChartPanel::refresh);
    refresh();
}

void ChartPanel::refresh()
{
    const QList<ChartSeriesModel::Point>& points = m_model->points();
    // Counts: four intervals of a round step (1, 2 or 5 times a power of ten), so that every tick
    // is a whole, readable number.
    const double wanted = std::max(1.0, m_model->maxY() * 1.05 / 4.0);
    const double magnitude = std::pow(10.0, std::floor(std::log10(wanted)));
    double step = magnitude;
    for (double factor : {1.0, 2.0, 5.0, 10.0}) {
        step = factor * magnitude;
        if (step >= wanted)
            break;
    }
    const double top = 4.0 * step;
    for (QAbstractAxis* axis : m_view->chart()->axes()) {
        if (auto* values = qobject_cast<QValueAxis*>(axis)) {
            values->setRange(0, top);
            values->setTickCount(5);
        } else if (auto* dates = qobject_cast<QDateTimeAxis*>(axis); dates && !points.isEmpty()) {
            dates->setRange(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(points.first().x)),
                            QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(points.last().x)));
        } else if (auto* categories = qobject_cast<QBarCategoryAxis*>(axis)) {
            QStringList labels;
            for (const auto& p : points)
                labels << p.label;
            categories->setCategories(labels);
        }
    }
    if (auto* bars = qobject_cast<QHorizontalBarSeries*>(m_view->chart()->series().value(0))) {
        for (QBarSet* set : bars->barSets())
            set->setColor(palette().color(QPalette::Highlight));
    }
}

void ChartPanel::showHoverForRow(int row)
{
    const QList<ChartSeriesModel::Point>& points = m_model->points();
    if (row < 0 || row >= points.size())
        return;
    const ChartSeriesModel::Point& p = points.at(row);
    const QString label =
        m_kind == DateLine
            ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(p.x), Qt::UTC).date(),
                                 QLocale::ShortFormat)
            : p.label;
    showHover(QStringLiteral("%1: %2").arg(label, QLocale().toString(p.y, 'f', p.y == qRound64(p.y) ? 0 : 2)));
}

void ChartPanel::showHover(const QString& text)
{
    m_hoverText = text;
    QToolTip::showText(QCursor::pos(), text, m_view);
}

bool ChartPanel::saveAs(const QString& path) const
{
    return m_view->grab().save(path, "PNG");
}
