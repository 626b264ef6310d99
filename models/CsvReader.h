#pragma once

#include <QString>
#include <QStringDecoder>
#include <QStringList>

class QIODevice;

// Streams RFC 4180 records from a UTF-8 device: comma separator, LF or CRLF line ends, quoted
// fields with doubled quotes and embedded line breaks, an optional leading BOM; blank lines skipped.
class CsvReader final
{
public:
    explicit CsvReader(QIODevice* device);

    // Reads the next record into `fields`. Returns false at the end or on an error.
    bool readRecord(QStringList& fields);

    int recordLine() const { return m_recordLine; } // the line the last record started on
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    int errorLine() const { return m_errorLine; }
    qint64 bytesRead() const { return m_bytesRead; }

private:
    bool fill();
    bool atEnd();
    QChar peek() const { return m_buffer.at(m_pos); }

    QIODevice* m_device;
    QStringDecoder m_decoder;
    QString m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    bool m_first = true;
    int m_line = 1;
    int m_recordLine = 0;
    int m_errorLine = 0;
    qint64 m_bytesRead = 0;
    QString m_error;
};
