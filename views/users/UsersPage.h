#pragma once

#include <QWidget>

class ExcludedDomainsPanel;
class QCheckBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class UserTableModel;
class Workspace;

// All users of the environment with their accounts, roles and status, a search, and the
// excluded domains that hide testing users (shown greyed on request).
class UsersPage final : public QWidget
{
    Q_OBJECT

public:
    explicit UsersPage(Workspace* workspace, QWidget* parent = nullptr);

    void focusSearch();
    void exportCsv();
    void reload();

    UserTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QSplitter* splitter() const { return m_splitter; }
    ExcludedDomainsPanel* excludedDomains() const { return m_excluded; }
    QString countText() const;

private:
    void updateCount();

    Workspace* m_workspace;
    UserTableModel* m_model;
    QLineEdit* m_search;
    QCheckBox* m_showExcluded;
    QLabel* m_count;
    QTableView* m_table;
    ExcludedDomainsPanel* m_excluded;
    QSplitter* m_splitter;
};
