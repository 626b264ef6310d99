#pragma once

#include "ChartSeriesModel.h"
#include "Metrics.h"

#include <QObject>
#include <QThreadPool>

#include <memory>

class Workspace;

// Everything the Accounts page's cards and charts show, computed by Metrics at T and exposed as
// values and chart models. reload() computes on a worker thread with its own connection, so a
// large environment never freezes the window; a newer reload makes older results stale.
class DashboardModel final : public QObject
{
    Q_OBJECT

public:
    enum Card
    {
        NewAccounts,
        ActiveAccounts,
        AverageUsers,
        CompanyDomains,
        CardCount
    };

    explicit DashboardModel(Workspace* workspace, QObject* parent = nullptr);

    const Kpis& kpis() const { return m_kpis; }
    double value(Card card) const;
    double previous(Card card) const;
    QString valueText(Card card) const;
    QString deltaText(Card card) const; // "+3 vs previous 7 days", empty when unchanged
    int deltaSign(Card card) const;     // -1, 0, +1
    static QString title(Card card);
    static QString description(Card card); // the tooltip: exactly what it counts
    static QString key(Card card);         // the CLI key, e.g. "new_accounts_7d"
    ChartSeriesModel* trend(Card card) const { return m_trends[card]; }
    bool isLoading() const { return m_loading; }
    bool hasData() const { return m_hasData; }

    ChartSeriesModel* activePerDay() const { return m_activePerDay; }
    ChartSeriesModel* newPerWeek() const { return m_newPerWeek; }
    ChartSeriesModel* visitDistribution() const { return m_distribution; }
    void setActiveRangeDays(int days); // 30, 90 or 365

    void reload();

signals:
    void changed();

public:
    // What one computation produces; public for the worker, not for callers.
    struct Data
    {
        Kpis kpis;
        double previousAverage = 0;
        qint64 previousCompany = 0;
        QList<ChartSeriesModel::Point> trends[CardCount];
        QList<ChartSeriesModel::Point> activePerDay;
        QList<ChartSeriesModel::Point> newPerWeek;
        QList<ChartSeriesModel::Point> distribution;
    };
    ~DashboardModel() override;

private:
    struct Guard;
    static Data compute(const Database& db, qint64 now, int rangeDays);
    void apply(quint64 generation, const Data& data);
    void loadActivePerDay();

    Workspace* m_workspace;
    Kpis m_kpis;
    double m_previousAverage = 0;
    qint64 m_previousCompany = 0;
    ChartSeriesModel* m_trends[CardCount];
    ChartSeriesModel* m_activePerDay;
    ChartSeriesModel* m_newPerWeek;
    ChartSeriesModel* m_distribution;
    int m_rangeDays = 90;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_hasData = false;
    std::shared_ptr<Guard> m_guard;
    QThreadPool m_pool; // its own, so that the destructor waits for its workers only
};
