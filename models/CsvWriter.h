#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

class QIODevice;

// Writes RFC 4180 CSV as shared/spec/cli.md defines it: UTF-8, CRLF, quoting only where needed,
// an optional BOM ("for Excel"), and a leading `'` before text that a spreadsheet would run as a
// formula.
class CsvWriter final
{
public:
    explicit CsvWriter(QIODevice* device, bool withBom = false);
    ~CsvWriter();

    void writeRecord(const QStringList& fields);
    bool flush();
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    static QString encodeField(const QString& field);

private:
    QIODevice* m_device;
    QByteArray m_pending;
    QString m_error;
};
