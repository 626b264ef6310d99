#pragma once

#include <QWidget>

class HistoryTableModel;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;
class Workspace;

// The environment's audit log: when, who, what, target, before and after; filtered by account,
// action and dates; exported as CSV.
class HistoryPage final : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryPage(Workspace* workspace, QWidget* parent = nullptr);
    HistoryTableModel* model() const { return m_model; }
    void exportCsv();
    void applyFilter();

private:
    Workspace* m_workspace;
    HistoryTableModel* m_model;
    QLineEdit* m_account;
    QComboBox* m_action;
    QCheckBox* m_useFrom;
    QDateEdit* m_from;
    QCheckBox* m_useTo;
    QDateEdit* m_to;
    QLabel* m_count;
    QTableView* m_table;
};
