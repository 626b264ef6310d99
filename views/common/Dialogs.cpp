#include "Dialogs.h"

#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QStandardPaths>

#include <optional>

namespace {
std::optional<QStringList> g_nextFiles;
std::optional<QString> g_nextDirectory;
std::optional<Dialogs::SaveTarget> g_nextSave;
QList<QMessageBox::StandardButton> g_nextAnswers;
std::optional<QString> g_nextText;
bool g_record = false;
QStringList g_messages;

const QString CsvFilter = QStringLiteral("CSV (*.csv)");
const QString ExcelFilter = QStringLiteral("CSV for Excel, UTF-8 with BOM (*.csv)");

QString startDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void show(QMessageBox::Icon icon, QWidget* parent, const QString& title, const QString& text, const QString& details)
{
    if (g_record) {
        g_messages << title + QStringLiteral(": ") + text +
                          (details.isEmpty() ? QString() : QLatin1Char('\n') + details);
        return;
    }
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("messageBox"));
    if (!details.isEmpty())
        box.setDetailedText(details);
    box.exec();
}
} // namespace

namespace Dialogs {

QStringList openCsvFiles(QWidget* parent, const QString& caption)
{
    if (g_nextFiles)
        return std::exchange(g_nextFiles, std::nullopt).value();
    return QFileDialog::getOpenFileNames(parent, caption, startDir(),
                                         QStringLiteral("CSV files (*.csv);;All files (*)"));
}

QString openFile(QWidget* parent, const QString& caption, const QString& filter)
{
    if (g_nextFiles)
        return std::exchange(g_nextFiles, std::nullopt)->value(0);
    return QFileDialog::getOpenFileName(parent, caption, startDir(), filter);
}

QString existingDirectory(QWidget* parent, const QString& caption)
{
    if (g_nextDirectory)
        return std::exchange(g_nextDirectory, std::nullopt).value();
    return QFileDialog::getExistingDirectory(parent, caption, startDir());
}

SaveTarget saveCsv(QWidget* parent, const QString& caption, const QString& suggestedName)
{
    if (g_nextSave)
        return std::exchange(g_nextSave, std::nullopt).value();
    QString filter = CsvFilter;
    QString path = QFileDialog::getSaveFileName(parent, caption, QDir(startDir()).filePath(suggestedName),
                                                CsvFilter + QStringLiteral(";;") + ExcelFilter, &filter);
    if (!path.isEmpty() && !path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        path += QStringLiteral(".csv");
    return {path, filter == ExcelFilter};
}

QString savePng(QWidget* parent, const QString& caption, const QString& suggestedName)
{
    if (g_nextSave)
        return std::exchange(g_nextSave, std::nullopt)->path;
    QString path = QFileDialog::getSaveFileName(parent, caption, QDir(startDir()).filePath(suggestedName),
                                                QStringLiteral("PNG image (*.png)"));
    if (!path.isEmpty() && !path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
        path += QStringLiteral(".png");
    return path;
}

QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                     QMessageBox::StandardButtons buttons, QMessageBox::StandardButton fallback)
{
    if (!g_nextAnswers.isEmpty())
        return g_nextAnswers.takeFirst();
    return QMessageBox::question(parent, title, text, buttons, fallback);
}

QString choice(QWidget* parent, const QString& title, const QString& label, const QStringList& items)
{
    if (g_nextText)
        return std::exchange(g_nextText, std::nullopt).value();
    bool ok = false;
    const QString item = QInputDialog::getItem(parent, title, label, items, 0, false, &ok);
    return ok ? item : QString();
}

QString textInput(QWidget* parent, const QString& title, const QString& label)
{
    if (g_nextText)
        return std::exchange(g_nextText, std::nullopt).value();
    bool ok = false;
    const QString text = QInputDialog::getText(parent, title, label, QLineEdit::Normal, QString(), &ok);
    return ok ? text : QString();
}

void information(QWidget* parent, const QString& title, const QString& text, const QString& details)
{
    show(QMessageBox::Information, parent, title, text, details);
}

void warning(QWidget* parent, const QString& title, const QString& text, const QString& details)
{
    show(QMessageBox::Warning, parent, title, text, details);
}

void setNextOpenFiles(const QStringList& files)
{
    g_nextFiles = files;
}

void setNextDirectory(const QString& directory)
{
    g_nextDirectory = directory;
}

void setNextSaveTarget(const SaveTarget& target)
{
    g_nextSave = target;
}

void setNextAnswer(QMessageBox::StandardButton answer)
{
    g_nextAnswers.append(answer);
}

void setNextText(const QString& text)
{
    g_nextText = text;
}

void setRecordMessages(bool record)
{
    g_record = record;
}

QStringList recordedMessages()
{
    return g_messages;
}

void clearRecordedMessages()
{
    g_messages.clear();
}

} // namespace Dialogs
