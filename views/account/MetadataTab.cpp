#include "MetadataTab.h"

#include "AccountActions.h"
#include "Validation.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QString cellText(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

// A cell is JSON when it reads as a number, true/false/null, an object, an array or a quoted
// string; anything else is a plain string.
QJsonValue cellValue(const QString& text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(("[" + text + "]").toUtf8(), &error);
    if (error.error == QJsonParseError::NoError && doc.array().size() == 1)
        return doc.array().at(0);
    return text;
}

} // namespace

MetadataTab::MetadataTab(AccountActions* actions, QWidget* parent)
    : QWidget(parent)
    , m_actions(actions)
    , m_table(new QTableWidget(0, 2, this))
    , m_json(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
    , m_addRow(new QPushButton(QStringLiteral("Add key"), this))
    , m_removeRow(new QPushButton(QStringLiteral("Remove key"), this))
    , m_save(new QPushButton(QStringLiteral("Save metadata"), this))
{
    m_table->setObjectName(QStringLiteral("metadataTable"));
    m_json->setObjectName(QStringLiteral("metadataJson"));
    m_error->setObjectName(QStringLiteral("metadataError"));
    m_save->setObjectName(QStringLiteral("saveMetadataButton"));
    m_addRow->setObjectName(QStringLiteral("addMetadataKeyButton"));
    m_removeRow->setObjectName(QStringLiteral("removeMetadataKeyButton"));
    m_table->setHorizontalHeaderLabels({QStringLiteral("Key"), QStringLiteral("Value")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setColumnWidth(0, 160);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setPlaceholderText(QStringLiteral("{ \"plan\": \"pro\" }"));
    QPalette p = m_error->palette();
    p.setColor(QPalette::WindowText, QColor(0xd3, 0x3a, 0x2c));
    m_error->setPalette(p);
    m_error->setWordWrap(true);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_json);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addRow);
    buttons->addWidget(m_removeRow);
    buttons->addStretch();
    buttons->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(QStringLiteral("Edit as a key/value table (values that read as JSON are JSON) or "
                                                "as raw JSON; the two stay in sync. At most 64 KiB."),
                                 this));
    layout->addWidget(splitter, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_table, &QTableWidget::itemChanged, this, &MetadataTab::tableEdited);
    connect(m_json, &QPlainTextEdit::textChanged, this, &MetadataTab::jsonEdited);
    connect(m_addRow, &QPushButton::clicked, this, [this] {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(QStringLiteral("key%1").arg(row + 1)));
        m_table->setItem(row, 1, new QTableWidgetItem(QString()));
        m_table->editItem(m_table->item(row, 0));
    });
    connect(m_removeRow, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0) {
            m_table->removeRow(m_table->currentRow());
            tableEdited();
        }
    });
    connect(m_save, &QPushButton::clicked, this, &MetadataTab::save);
}

void MetadataTab::setAccount(const QString& id, const QString& metadata, bool inTrash)
{
    m_id = id;
    const QJsonObject object = QJsonDocument::fromJson(metadata.toUtf8()).object();
    m_syncing = true;
    m_json->setPlainText(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
    fillTable(object);
    m_syncing = false;
    m_error->clear();
    m_save->setEnabled(true);
    setEnabled(!inTrash);
}

void MetadataTab::fillTable(const QJsonObject& object)
{
    QSignalBlocker block(m_table);
    m_table->setRowCount(0);
    for (auto it = object.begin(); it != object.end(); ++it) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(it.key()));
        m_table->setItem(row, 1, new QTableWidgetItem(cellText(it.value())));
    }
}

void MetadataTab::tableEdited()
{
    if (m_syncing)
        return;
    QJsonObject object;
    QStringList duplicates;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString key = m_table->item(row, 0) ? m_table->item(row, 0)->text().trimmed() : QString();
        if (key.isEmpty())
            continue;
        if (object.contains(key))
            duplicates << key;
        object.insert(key, cellValue(m_table->item(row, 1) ? m_table->item(row, 1)->text() : QString()));
    }
    m_syncing = true;
    m_json->setPlainText(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
    m_syncing = false;
    m_error->setText(duplicates.isEmpty()
                         ? QString()
                         : QStringLiteral("The key “%1” appears twice; the last value wins.").arg(duplicates.first()));
    m_save->setEnabled(true);
}

void MetadataTab::jsonEdited()
{
    if (m_syncing)
        return;
    const QString text = m_json->toPlainText();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    QString problem;
    if (error.error != QJsonParseError::NoError) {
        const QByteArray before = text.toUtf8().left(error.offset);
        const int line = before.count('\n') + 1;
        const int column = before.size() - before.lastIndexOf('\n');
        problem =
            QStringLiteral("Invalid JSON at line %1, column %2: %3.").arg(line).arg(column).arg(error.errorString());
    } else if (!doc.isObject()) {
        problem = QStringLiteral("Metadata must be a JSON object: { \"key\": value, … }.");
    } else if (text.toUtf8().size() > Validation::MaxMetadataBytes) {
        problem = QStringLiteral("Metadata is larger than 64 KiB.");
    }
    m_error->setText(problem);
    m_save->setEnabled(problem.isEmpty());
    if (problem.isEmpty()) {
        m_syncing = true;
        fillTable(doc.object());
        m_syncing = false;
    }
}

void MetadataTab::save()
{
    if (!m_actions->setMetadata(m_id, m_json->toPlainText()))
        m_error->setText(m_actions->errorString());
}

QString MetadataTab::errorText() const
{
    return m_error->text();
}
