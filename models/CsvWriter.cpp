#include "CsvWriter.h"

#include <QIODevice>

CsvWriter::CsvWriter(QIODevice* device, bool withBom)
    : m_device(device)
{
    if (withBom)
        m_pending.append("\xEF\xBB\xBF");
}

CsvWriter::~CsvWriter()
{
    flush();
}

QString CsvWriter::encodeField(const QString& field)
{
    QString value = field;
    if (!value.isEmpty()) {
        const QChar first = value.at(0);
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
            first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
            value.prepend(QLatin1Char('\''));
    }
    const bool needsQuotes = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) ||
                             value.contains(QLatin1Char('\r')) || value.contains(QLatin1Char('\n'));
    if (!needsQuotes)
        return value;
    value.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

void CsvWriter::writeRecord(const QStringList& fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_pending.append(',');
        m_pending.append(encodeField(fields.at(i)).toUtf8());
    }
    m_pending.append("\r\n");
    if (m_pending.size() >= (1 << 16))
        flush();
}

bool CsvWriter::flush()
{
    if (m_pending.isEmpty() || hasError())
        return !hasError();
    if (m_device->write(m_pending) != m_pending.size())
        m_error = m_device->errorString();
    m_pending.clear();
    return !hasError();
}
