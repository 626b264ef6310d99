#include "SsoConfigDialog.h"

#include "Database.h"
#include "Dialogs.h"
#include "RoleService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFile>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSslCertificate>
#include <QTableWidget>
#include <QVBoxLayout>

SsoConfigDialog::SsoConfigDialog(const Database& db, const SsoConfig& config, QWidget* parent)
    : QDialog(parent)
    , m_original(config)
    , m_enabled(new QCheckBox(QStringLiteral("Enabled"), this))
    , m_domains(new QTableWidget(0, 3, this))
    , m_samlBox(new QGroupBox(QStringLiteral("SAML identity provider"), this))
    , m_signInUrl(new QLineEdit(config.samlSignInUrl, this))
    , m_entityId(new QLineEdit(config.samlEntityId, this))
    , m_certificate(new QPlainTextEdit(config.samlCertificate, this))
    , m_certificateInfo(new QLabel(this))
    , m_oidcBox(new QGroupBox(QStringLiteral("OpenID Connect client"), this))
    , m_issuer(new QLineEdit(config.oidcIssuer, this))
    , m_clientId(new QLineEdit(config.oidcClientId, this))
    , m_clientSecret(new QLineEdit(this))
    , m_groups(new QTableWidget(0, 2, this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("ssoConfigDialog"));
    setWindowTitle(QStringLiteral("%1 %2 configuration")
                       .arg(config.id ? QStringLiteral("Edit") : QStringLiteral("New"),
                            config.type == SsoConfig::Type::Saml ? QStringLiteral("SAML") : QStringLiteral("OIDC")));
    resize(640, 640);
    for (const Role& r : RoleService(const_cast<Database&>(db)).roles())
        m_roleKeys << r.key;

    m_enabled->setChecked(config.enabled);
    m_domains->setObjectName(QStringLiteral("ssoDomains"));
    m_domains->setHorizontalHeaderLabels(
        {QStringLiteral("Domain"), QStringLiteral("State"), QStringLiteral("DNS TXT record to publish")});
    m_domains->horizontalHeader()->setStretchLastSection(true);
    m_domains->verticalHeader()->hide();
    m_domains->setColumnWidth(0, 160);
    m_domains->setMaximumHeight(130);
    for (const SsoDomain& d : config.domains)
        addDomainRow(d);
    auto* addDomain = new QPushButton(QStringLiteral("Add domain"), this);
    addDomain->setObjectName(QStringLiteral("addSsoDomainButton"));
    auto* removeDomain = new QPushButton(QStringLiteral("Remove domain"), this);
    connect(addDomain, &QPushButton::clicked, this, [this] {
        addDomainRow({QString(), false, SsoService::newTxtRecord()});
        m_domains->editItem(m_domains->item(m_domains->rowCount() - 1, 0));
    });
    connect(removeDomain, &QPushButton::clicked, this, [this] {
        m_domains->removeRow(m_domains->currentRow());
        validate();
    });

    m_signInUrl->setObjectName(QStringLiteral("samlSignInUrl"));
    m_entityId->setObjectName(QStringLiteral("samlEntityId"));
    m_certificate->setObjectName(QStringLiteral("samlCertificate"));
    m_certificateInfo->setObjectName(QStringLiteral("samlCertificateInfo"));
    m_certificate->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_certificate->setPlaceholderText(QStringLiteral("-----BEGIN CERTIFICATE-----\n…"));
    m_certificateInfo->setWordWrap(true);
    auto* importXml = new QPushButton(QStringLiteral("Import IdP metadata XML…"), this);
    importXml->setObjectName(QStringLiteral("importSamlMetadataButton"));
    connect(importXml, &QPushButton::clicked, this, [this] {
        const QString path =
            Dialogs::openFile(this, QStringLiteral("IdP metadata"), QStringLiteral("XML (*.xml);;All files (*)"));
        if (!path.isEmpty())
            importMetadata(path);
    });
    auto* saml = new QFormLayout(m_samlBox);
    saml->addRow(importXml);
    saml->addRow(QStringLiteral("Sign-in URL:"), m_signInUrl);
    saml->addRow(QStringLiteral("Entity ID:"), m_entityId);
    saml->addRow(QStringLiteral("Signing certificate:"), m_certificate);
    saml->addRow(m_certificateInfo);

    m_issuer->setObjectName(QStringLiteral("oidcIssuer"));
    m_clientId->setObjectName(QStringLiteral("oidcClientId"));
    m_clientSecret->setObjectName(QStringLiteral("oidcClientSecret"));
    m_clientSecret->setEchoMode(QLineEdit::Password);
    m_clientSecret->setPlaceholderText(config.oidcClientSecret.isEmpty()
                                           ? QStringLiteral("the client secret")
                                           : SsoConfig::maskedSecret(config.oidcClientSecret) +
                                                 QStringLiteral(" (unchanged)"));
    auto* oidc = new QFormLayout(m_oidcBox);
    oidc->addRow(QStringLiteral("Issuer URL:"), m_issuer);
    oidc->addRow(QStringLiteral("Client ID:"), m_clientId);
    oidc->addRow(QStringLiteral("Client secret:"), m_clientSecret);
    m_samlBox->setVisible(config.type == SsoConfig::Type::Saml);
    m_oidcBox->setVisible(config.type == SsoConfig::Type::Oidc);

    m_groups->setObjectName(QStringLiteral("ssoGroups"));
    m_groups->setHorizontalHeaderLabels({QStringLiteral("IdP group"), QStringLiteral("Role")});
    m_groups->horizontalHeader()->setStretchLastSection(true);
    m_groups->verticalHeader()->hide();
    m_groups->setColumnWidth(0, 220);
    m_groups->setMaximumHeight(120);
    for (const auto& [group, role] : config.groupRoles)
        addGroupRow(group, role);
    auto* addGroup = new QPushButton(QStringLiteral("Add mapping"), this);
    auto* removeGroup = new QPushButton(QStringLiteral("Remove mapping"), this);
    connect(addGroup, &QPushButton::clicked, this, [this] { addGroupRow(QString(), m_roleKeys.value(0)); });
    connect(removeGroup, &QPushButton::clicked, this, [this] {
        m_groups->removeRow(m_groups->currentRow());
        validate();
    });

    QPalette p = m_error->palette();
    p.setColor(QPalette::WindowText, QColor(0xd3, 0x3a, 0x2c));
    m_error->setPalette(p);
    m_error->setObjectName(QStringLiteral("ssoError"));
    m_error->setWordWrap(true);

    auto* domainButtons = new QHBoxLayout;
    domainButtons->addWidget(addDomain);
    domainButtons->addWidget(removeDomain);
    domainButtons->addStretch();
    auto* groupButtons = new QHBoxLayout;
    groupButtons->addWidget(addGroup);
    groupButtons->addWidget(removeGroup);
    groupButtons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_enabled);
    layout->addWidget(
        new QLabel(QStringLiteral("Email domains served (publish the TXT record to verify each):"), this));
    layout->addWidget(m_domains);
    layout->addLayout(domainButtons);
    layout->addWidget(m_samlBox);
    layout->addWidget(m_oidcBox);
    layout->addWidget(new QLabel(QStringLiteral("Group-to-role mapping:"), this));
    layout->addWidget(m_groups);
    layout->addLayout(groupButtons);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    for (QLineEdit* edit : {m_signInUrl, m_entityId, m_issuer, m_clientId})
        connect(edit, &QLineEdit::textChanged, this, &SsoConfigDialog::validate);
    connect(m_certificate, &QPlainTextEdit::textChanged, this, &SsoConfigDialog::describeCertificate);
    connect(m_domains, &QTableWidget::itemChanged, this, &SsoConfigDialog::validate);
    connect(m_groups, &QTableWidget::itemChanged, this, &SsoConfigDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    describeCertificate();
}

void SsoConfigDialog::addDomainRow(const SsoDomain& domain)
{
    const int row = m_domains->rowCount();
    m_domains->insertRow(row);
    m_domains->setItem(row, 0, new QTableWidgetItem(domain.domain));
    auto* state = new QComboBox(m_domains);
    state->addItems({QStringLiteral("Pending"), QStringLiteral("Verified")});
    state->setCurrentIndex(domain.verified ? 1 : 0);
    m_domains->setCellWidget(row, 1, state);
    auto* txt = new QTableWidgetItem(domain.txtRecord);
    txt->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    txt->setToolTip(QStringLiteral("Publish this value as a DNS TXT record of the domain"));
    m_domains->setItem(row, 2, txt);
    validate();
}

void SsoConfigDialog::addGroupRow(const QString& group, const QString& role)
{
    const int row = m_groups->rowCount();
    m_groups->insertRow(row);
    m_groups->setItem(row, 0, new QTableWidgetItem(group));
    auto* roles = new QComboBox(m_groups);
    roles->addItems(m_roleKeys);
    roles->setCurrentText(role);
    m_groups->setCellWidget(row, 1, roles);
    validate();
}

SsoConfig SsoConfigDialog::config() const
{
    SsoConfig c = m_original;
    c.enabled = m_enabled->isChecked();
    c.domains.clear();
    for (int row = 0; row < m_domains->rowCount(); ++row) {
        const QString domain =
            m_domains->item(row, 0) ? m_domains->item(row, 0)->text().trimmed().toLower() : QString();
        const auto* state = qobject_cast<QComboBox*>(m_domains->cellWidget(row, 1));
        c.domains.append({domain, state && state->currentIndex() == 1,
                          m_domains->item(row, 2) ? m_domains->item(row, 2)->text() : QString()});
    }
    c.samlSignInUrl = m_signInUrl->text().trimmed();
    c.samlEntityId = m_entityId->text().trimmed();
    c.samlCertificate = m_certificate->toPlainText().trimmed();
    c.oidcIssuer = m_issuer->text().trimmed();
    c.oidcClientId = m_clientId->text().trimmed();
    c.oidcClientSecret = m_clientSecret->text(); // empty when editing: the stored secret is kept
    if (c.id == 0 && c.type == SsoConfig::Type::Oidc && c.oidcClientSecret.isEmpty())
        c.oidcClientSecret.clear();
    c.groupRoles.clear();
    for (int row = 0; row < m_groups->rowCount(); ++row) {
        const auto* role = qobject_cast<QComboBox*>(m_groups->cellWidget(row, 1));
        c.groupRoles.append({m_groups->item(row, 0) ? m_groups->item(row, 0)->text().trimmed() : QString(),
                             role ? role->currentText() : QString()});
    }
    return c;
}

void SsoConfigDialog::validate()
{
    const QString reason = config().validate();
    m_error->setText(reason.isEmpty() ? QString() : reason.left(1).toUpper() + reason.mid(1) + QLatin1Char('.'));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(reason.isEmpty());
}

void SsoConfigDialog::describeCertificate()
{
    const QString pem = m_certificate->toPlainText().trimmed();
    QString info;
    QPalette p = m_certificateInfo->palette();
    p.setColor(QPalette::WindowText, palette().color(QPalette::WindowText));
    if (!pem.isEmpty()) {
        const QList<QSslCertificate> certs = QSslCertificate::fromData(pem.toLatin1(), QSsl::Pem);
        if (certs.isEmpty() || certs.first().isNull()) {
            info = QStringLiteral("Not a readable PEM certificate.");
            p.setColor(QPalette::WindowText, QColor(0xd3, 0x3a, 0x2c));
        } else {
            const QSslCertificate& cert = certs.first();
            const QDateTime expiry = cert.expiryDate();
            const qint64 daysLeft = QDateTime::currentDateTimeUtc().daysTo(expiry);
            info = QStringLiteral("Subject: %1\nExpires: %2")
                       .arg(cert.subjectDisplayName().isEmpty()
                                ? cert.subjectInfo(QSslCertificate::CommonName).join(QStringLiteral(", "))
                                : cert.subjectDisplayName(),
                            QLocale().toString(expiry.toLocalTime(), QLocale::LongFormat));
            if (daysLeft < 0) {
                info += QStringLiteral("\n⚠ This certificate has expired: sign-ins will fail.");
                p.setColor(QPalette::WindowText, QColor(0xd3, 0x3a, 0x2c));
            } else if (daysLeft <= 30) {
                info += QStringLiteral("\n⚠ Expires in %1 days: ask the IdP for the new certificate.").arg(daysLeft);
                p.setColor(QPalette::WindowText, QColor(0xb2, 0x6a, 0x00));
            }
        }
    }
    m_certificateInfo->setPalette(p);
    m_certificateInfo->setText(info);
    validate();
}

QString SsoConfigDialog::certificateSummary() const
{
    return m_certificateInfo->text();
}

bool SsoConfigDialog::importMetadata(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error->setText(QStringLiteral("%1: %2").arg(path, file.errorString()));
        return false;
    }
    QString error;
    const std::optional<SamlMetadata> meta = SsoService::parseSamlMetadata(file.readAll(), &error);
    if (!meta) {
        m_error->setText(QStringLiteral("%1: %2").arg(path, error));
        return false;
    }
    m_entityId->setText(meta->entityId);
    m_signInUrl->setText(meta->signInUrl);
    if (!meta->certificatePem.isEmpty())
        m_certificate->setPlainText(meta->certificatePem);
    return true;
}
