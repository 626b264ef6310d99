#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>

class QWidget;

// Every file dialog and message box of the app goes through here, so that tests answer them
// without timers racing the event loop (KeePassXC's MessageBox::setNextAnswer idea).
namespace Dialogs {

struct SaveTarget
{
    QString path; // empty: cancelled
    bool excelBom = false;
};

QStringList openCsvFiles(QWidget* parent, const QString& caption);
QString existingDirectory(QWidget* parent, const QString& caption);
QString openFile(QWidget* parent, const QString& caption, const QString& filter); // answered by setNextOpenFiles
// A CSV file to write; the "CSV for Excel" filter asks for a byte-order mark.
SaveTarget saveCsv(QWidget* parent, const QString& caption, const QString& suggestedName);
QString savePng(QWidget* parent, const QString& caption, const QString& suggestedName);

QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                     QMessageBox::StandardButtons buttons, QMessageBox::StandardButton fallback);
// One of `items`; a null string when cancelled. Answered by setNextText in tests.
QString choice(QWidget* parent, const QString& title, const QString& label, const QStringList& items);
// A line of text; a null string when cancelled.
QString textInput(QWidget* parent, const QString& title, const QString& label);
void information(QWidget* parent, const QString& title, const QString& text, const QString& details = QString());
void warning(QWidget* parent, const QString& title, const QString& text, const QString& details = QString());

// Test hooks: the next dialog returns this instead of showing itself.
void setNextOpenFiles(const QStringList& files);
void setNextDirectory(const QString& directory);
void setNextSaveTarget(const SaveTarget& target);
void setNextAnswer(QMessageBox::StandardButton answer); // queued: one per question, in order
void setNextText(const QString& text);                  // a null QString answers "cancelled"
// While on, information and warning boxes are recorded instead of shown.
void setRecordMessages(bool record);
QStringList recordedMessages(); // "title: text\ndetails"
void clearRecordedMessages();

} // namespace Dialogs
