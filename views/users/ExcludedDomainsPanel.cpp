#include "ExcludedDomainsPanel.h"

#include "BackgroundTask.h"
#include "Database.h"
#include "ExcludedDomains.h"
#include "Workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

ExcludedDomainsPanel::ExcludedDomainsPanel(Workspace* workspace, QWidget* parent)
    : QFrame(parent)
    , m_workspace(workspace)
    , m_list(new QListWidget(this))
    , m_input(new QLineEdit(this))
    , m_add(new QPushButton(QStringLiteral("Add"), this))
    , m_remove(new QPushButton(QStringLiteral("Remove"), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("excludedDomainsPanel"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    m_list->setObjectName(QStringLiteral("excludedDomainsList"));
    m_input->setObjectName(QStringLiteral("excludedDomainInput"));
    m_add->setObjectName(QStringLiteral("addExcludedDomainButton"));
    m_remove->setObjectName(QStringLiteral("removeExcludedDomainButton"));
    m_error->setObjectName(QStringLiteral("excludedDomainError"));

    auto* title = new QLabel(QStringLiteral("Excluded domains"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto* hint = new QLabel(QStringLiteral("Users of these domains and their subdomains are testing users: they are "
                                           "hidden here and left out of every figure."),
                            this);
    hint->setWordWrap(true);
    hint->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    hint->setForegroundRole(QPalette::PlaceholderText);

    m_input->setPlaceholderText(QStringLiteral("e.g. acme-testing.io"));
    m_input->setClearButtonEnabled(true);
    m_error->setWordWrap(true);
    QPalette p = m_error->palette();
    p.setColor(QPalette::WindowText, QColor(0xd3, 0x3a, 0x2c));
    m_error->setPalette(p);
    m_error->hide();
    m_add->setEnabled(false);
    m_remove->setEnabled(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);

    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_input, 1);
    addRow->addWidget(m_add);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addLayout(addRow);
    layout->addWidget(m_error);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_remove, 0, Qt::AlignRight);
    setMinimumWidth(240);
    setMaximumWidth(300);

    connect(m_input, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_add->setEnabled(!text.trimmed().isEmpty());
        m_error->hide();
    });
    connect(m_input, &QLineEdit::returnPressed, this, &ExcludedDomainsPanel::addDomain);
    connect(m_add, &QPushButton::clicked, this, &ExcludedDomainsPanel::addDomain);
    connect(m_remove, &QPushButton::clicked, this, &ExcludedDomainsPanel::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_list->selectedItems().isEmpty()); });
    connect(workspace, &Workspace::environmentChanged, this, &ExcludedDomainsPanel::reload);
    connect(workspace, &Workspace::dataChanged, this, &ExcludedDomainsPanel::reload);
}

void ExcludedDomainsPanel::reload()
{
    m_list->clear();
    if (!m_workspace->isOpen())
        return;
    try {
        m_list->addItems(ExcludedDomains::list(m_workspace->database()));
    } catch (const StorageError& e) {
        m_error->setText(e.message());
        m_error->show();
    }
    m_remove->setEnabled(false);
}

void ExcludedDomainsPanel::addDomain()
{
    const QString text = m_input->text().trimmed();
    if (text.isEmpty())
        return;
    QString domain;
    QString error = ExcludedDomains::normalize(text, &domain);
    if (error.isEmpty() && domains().contains(domain))
        error = QStringLiteral("%1 is already excluded").arg(domain);
    if (error.isEmpty() && !BackgroundTask::run(
                               this, m_workspace->dataDir(), m_workspace->environment(),
                               QStringLiteral("Excluding %1 and updating the figures…").arg(domain), false,
                               [domain](Database& db, BackgroundTask::Progress&, QString* e) {
                                   return ExcludedDomains::add(db, {domain}, e);
                               },
                               &error))
        error = error.isEmpty() ? QStringLiteral("could not add the domain") : error;
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    m_input->clear();
    m_workspace->notifyDataChanged();
}

void ExcludedDomainsPanel::removeSelected()
{
    QStringList selected;
    for (const QListWidgetItem* item : m_list->selectedItems())
        selected << item->text();
    if (selected.isEmpty())
        return;
    QString error;
    if (!BackgroundTask::run(
            this, m_workspace->dataDir(), m_workspace->environment(),
            QStringLiteral("Counting %1 again and updating the figures…").arg(selected.join(QStringLiteral(", "))),
            false,
            [selected](Database& db, BackgroundTask::Progress&, QString* e) {
                return ExcludedDomains::remove(db, selected, e);
            },
            &error)) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    m_workspace->notifyDataChanged();
}

QStringList ExcludedDomainsPanel::domains() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out << m_list->item(i)->text();
    return out;
}

QString ExcludedDomainsPanel::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}
