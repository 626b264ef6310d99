#pragma once

#include <QWidget>

class AccountTableModel;
class ChartPanel;
class DashboardModel;
class EmptyState;
class KpiCard;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTableView;
class Workspace;

// The page executives open every morning: KPI cards, engagement charts and the accounts table
// with search, sort, a live count and CSV export.
class AccountsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit AccountsPage(Workspace* workspace, QWidget* parent = nullptr);

    void focusSearch();
    void exportCsv();
    void reload();

    AccountTableModel* model() const { return m_model; }
    DashboardModel* dashboard() const { return m_dashboard; }
    QTableView* table() const { return m_table; }
    QSplitter* splitter() const { return m_splitter; }
    QString countText() const;

    QString currentAccountId() const;

signals:
    void importRequested();
    void demoRequested();
    void openRequested(const QString& accountId);
    void deleteRequested(const QString& accountId);

private:
    void updateCount();

    Workspace* m_workspace;
    AccountTableModel* m_model;
    DashboardModel* m_dashboard;
    QLineEdit* m_search;
    QLabel* m_count;
    QTableView* m_table;
    EmptyState* m_empty;
    QStackedWidget* m_stack;
    QSplitter* m_splitter;
    QComboBox* m_range;
};
