#pragma once

#include <QWidget>

class QListWidget;
class QPushButton;
class Workspace;

// The account's SSO configurations: add SAML or OIDC, edit, enable/disable, remove.
class SsoTab final : public QWidget
{
    Q_OBJECT

public:
    explicit SsoTab(Workspace* workspace, QWidget* parent = nullptr);
    void setAccount(const QString& id, bool inTrash);
    QListWidget* list() const { return m_list; }

private:
    void add(bool saml);
    void edit();
    void toggle();
    void remove();
    qint64 currentId() const;

    Workspace* m_workspace;
    QString m_id;
    QListWidget* m_list;
    QPushButton* m_edit;
    QPushButton* m_toggle;
    QPushButton* m_remove;
    QWidget* m_addButtons;
};
