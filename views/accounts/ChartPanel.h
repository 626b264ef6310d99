#pragma once

#include <QFrame>

class ChartSeriesModel;
class QChartView;
class QLabel;
class QToolButton;
class QHBoxLayout;

// A titled chart that reads a ChartSeriesModel: a dated line, or bars over the model's row
// labels. Hovering shows the value; the button saves the chart as PNG.
class ChartPanel final : public QFrame
{
    Q_OBJECT

public:
    enum Kind
    {
        DateLine,
        Bars
    };

    ChartPanel(const QString& title, Kind kind, ChartSeriesModel* model, QWidget* parent = nullptr);

    QHBoxLayout* headerLayout() const { return m_header; } // for extra controls (a range chooser)
    QChartView* chartView() const { return m_view; }
    bool saveAs(const QString& path) const;
    QString hoverText() const { return m_hoverText; } // the last hover tooltip, for tests
    void showHoverForRow(int row);

private:
    void refresh();
    void showHover(const QString& text);

    ChartSeriesModel* m_model;
    Kind m_kind;
    QLabel* m_title;
    QHBoxLayout* m_header;
    QToolButton* m_save;
    QChartView* m_view;
    QString m_hoverText;
};
