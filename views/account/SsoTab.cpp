#include "SsoTab.h"

#include "Dialogs.h"
#include "SsoConfigDialog.h"
#include "SsoService.h"
#include "Workspace.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

SsoTab::SsoTab(Workspace* workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_list(new QListWidget(this))
    , m_edit(new QPushButton(QStringLiteral("Edit…"), this))
    , m_toggle(new QPushButton(QStringLiteral("Disable"), this))
    , m_remove(new QPushButton(QStringLiteral("Remove"), this))
    , m_addButtons(new QWidget(this))
{
    m_list->setObjectName(QStringLiteral("ssoList"));
    m_edit->setObjectName(QStringLiteral("editSsoButton"));
    m_toggle->setObjectName(QStringLiteral("toggleSsoButton"));
    m_remove->setObjectName(QStringLiteral("removeSsoButton"));
    auto* addSaml = new QPushButton(QStringLiteral("Add SAML…"), m_addButtons);
    addSaml->setObjectName(QStringLiteral("addSamlButton"));
    auto* addOidc = new QPushButton(QStringLiteral("Add OIDC…"), m_addButtons);
    addOidc->setObjectName(QStringLiteral("addOidcButton"));
    auto* addLayout = new QHBoxLayout(m_addButtons);
    addLayout->setContentsMargins(0, 0, 0, 0);
    addLayout->addWidget(addSaml);
    addLayout->addWidget(addOidc);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addButtons);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_toggle);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_list);
    connect(addSaml, &QPushButton::clicked, this, [this] { add(true); });
    connect(addOidc, &QPushButton::clicked, this, [this] { add(false); });
    connect(m_edit, &QPushButton::clicked, this, &SsoTab::edit);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &SsoTab::edit);
    connect(m_toggle, &QPushButton::clicked, this, &SsoTab::toggle);
    connect(m_remove, &QPushButton::clicked, this, &SsoTab::remove);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        const bool selected = currentId() != 0 && m_addButtons->isEnabled();
        m_edit->setEnabled(selected);
        m_toggle->setEnabled(selected);
        m_remove->setEnabled(selected);
        if (m_list->currentItem())
            m_toggle->setText(m_list->currentItem()->data(Qt::UserRole + 1).toBool() ? QStringLiteral("Disable")
                                                                                     : QStringLiteral("Enable"));
    });
}

void SsoTab::setAccount(const QString& id, bool inTrash)
{
    m_id = id;
    m_list->clear();
    for (const SsoConfig& c : SsoService(m_workspace->database()).list(id)) {
        QStringList domains;
        for (const SsoDomain& d : c.domains)
            domains << d.domain + (d.verified ? QStringLiteral(" ✓") : QStringLiteral(" (pending)"));
        auto* item = new QListWidgetItem(QStringLiteral("%1 · %2 · %3 · %4")
                                             .arg(c.typeKey().toUpper(),
                                                  c.enabled ? QStringLiteral("enabled") : QStringLiteral("disabled"),
                                                  domains.join(QStringLiteral(", ")),
                                                  c.type == SsoConfig::Type::Saml ? c.samlSignInUrl : c.oidcIssuer),
                                         m_list);
        item->setData(Qt::UserRole, c.id);
        item->setData(Qt::UserRole + 1, c.enabled);
        if (!c.enabled)
            item->setForeground(QColor(Qt::gray));
    }
    m_addButtons->setEnabled(!inTrash);
    m_edit->setEnabled(false);
    m_toggle->setEnabled(false);
    m_remove->setEnabled(false);
}

qint64 SsoTab::currentId() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toLongLong() : 0;
}

void SsoTab::add(bool saml)
{
    SsoConfig config;
    config.type = saml ? SsoConfig::Type::Saml : SsoConfig::Type::Oidc;
    SsoConfigDialog dialog(m_workspace->database(), config, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    SsoService service(m_workspace->database());
    if (!service.add(m_id, dialog.config())) {
        Dialogs::warning(this, QStringLiteral("SSO"), service.errorString());
        return;
    }
    m_workspace->notifyDataChanged();
}

void SsoTab::edit()
{
    const qint64 id = currentId();
    SsoService service(m_workspace->database());
    for (const SsoConfig& c : service.list(m_id)) {
        if (c.id != id)
            continue;
        SsoConfigDialog dialog(m_workspace->database(), c, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        if (!service.update(m_id, dialog.config()))
            Dialogs::warning(this, QStringLiteral("SSO"), service.errorString());
        m_workspace->notifyDataChanged();
        return;
    }
}

void SsoTab::toggle()
{
    SsoService service(m_workspace->database());
    const bool enabled = m_list->currentItem() && m_list->currentItem()->data(Qt::UserRole + 1).toBool();
    if (!service.setEnabled(m_id, currentId(), !enabled))
        Dialogs::warning(this, QStringLiteral("SSO"), service.errorString());
    m_workspace->notifyDataChanged();
}

void SsoTab::remove()
{
    if (Dialogs::question(this, QStringLiteral("Remove SSO"), QStringLiteral("Remove this SSO configuration?"),
                          QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    SsoService service(m_workspace->database());
    if (!service.remove(m_id, currentId()))
        Dialogs::warning(this, QStringLiteral("SSO"), service.errorString());
    m_workspace->notifyDataChanged();
}
