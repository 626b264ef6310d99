#include "CsvReader.h"

#include <QIODevice>

CsvReader::CsvReader(QIODevice* device)
    : m_device(device)
    , m_decoder(QStringConverter::Utf8)
{}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    const QByteArray chunk = m_device->read(1 << 16);
    if (chunk.isEmpty()) {
        m_eof = true;
        return false;
    }
    m_bytesRead += chunk.size();
    QString text = m_decoder.decode(chunk);
    if (m_decoder.hasError()) {
        m_error = QStringLiteral("the file is not valid UTF-8");
        m_errorLine = m_line;
        m_eof = true;
        return false;
    }
    if (m_first) {
        m_first = false;
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
    }
    m_buffer = m_buffer.mid(m_pos) + text;
    m_pos = 0;
    return true;
}

bool CsvReader::atEnd()
{
    while (m_pos >= m_buffer.size()) {
        if (!fill())
            return true;
    }
    return false;
}

bool CsvReader::readRecord(QStringList& fields)
{
    fields.clear();
    if (hasError())
        return false;

    for (;;) { // skip blank lines
        if (atEnd())
            return false;
        if (peek() == QLatin1Char('\n')) {
            ++m_pos;
            ++m_line;
        } else if (peek() == QLatin1Char('\r')) {
            ++m_pos;
            if (!atEnd() && peek() == QLatin1Char('\n'))
                ++m_pos;
            ++m_line;
        } else {
            break;
        }
    }

    m_recordLine = m_line;
    QString field;
    bool quoted = false;     // inside a quoted section
    bool wasQuoted = false;  // the current field started with a quote
    bool afterQuote = false; // the quoted section just closed
    for (;;) {
        if (atEnd()) {
            if (quoted) {
                m_error = QStringLiteral("unterminated quoted field (it opens on line %1)").arg(m_recordLine);
                m_errorLine = m_recordLine;
                return false;
            }
            fields.append(field);
            return true;
        }
        const QChar c = peek();
        ++m_pos;
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (!atEnd() && peek() == QLatin1Char('"')) {
                    field.append(QLatin1Char('"'));
                    ++m_pos;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++m_line;
                else if (c == QLatin1Char('\r') && (atEnd() || peek() != QLatin1Char('\n')))
                    ++m_line;
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            fields.append(field);
            field.clear();
            wasQuoted = afterQuote = false;
            continue;
        }
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && !atEnd() && peek() == QLatin1Char('\n'))
                ++m_pos;
            ++m_line;
            fields.append(field);
            return true;
        }
        if (afterQuote) {
            m_error = QStringLiteral("unexpected character '%1' after a closing quote").arg(c);
            m_errorLine = m_line;
            return false;
        }
        if (c == QLatin1Char('"') && field.isEmpty() && !wasQuoted) {
            quoted = wasQuoted = true;
            continue;
        }
        field.append(c);
    }
}
