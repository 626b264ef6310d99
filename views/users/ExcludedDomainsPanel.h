#pragma once

#include <QFrame>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class Workspace;

// The environment's excluded domains: users whose email domain is one of these, or a subdomain,
// are testing users and vanish from the users list and every figure. Add, remove, validated.
class ExcludedDomainsPanel final : public QFrame
{
    Q_OBJECT

public:
    explicit ExcludedDomainsPanel(Workspace* workspace, QWidget* parent = nullptr);

    QStringList domains() const;
    QString errorText() const;

private:
    void reload();
    void addDomain();
    void removeSelected();

    Workspace* m_workspace;
    QListWidget* m_list;
    QLineEdit* m_input;
    QPushButton* m_add;
    QPushButton* m_remove;
    QLabel* m_error;
};
