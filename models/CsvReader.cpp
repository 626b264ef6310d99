#include "CsvReader.h"

#include <QIODevice>

namespace {

// The offset of the first byte that is not part of a well-formed UTF-8 sequence.
qsizetype firstInvalidUtf8(const QByteArray& bytes)
{
    qsizetype i = 0;
    while (i < bytes.size()) {
        const auto c = static_cast<unsigned char>(bytes.at(i));
        int extra = c < 0x80 ? 0 : (c >> 5) == 0x6 ? 1 : (c >> 4) == 0xE ? 2 : (c >> 3) == 0x1E ? 3 : -1;
        if (extra < 0 || (extra == 1 && c < 0xC2))
            return i;
        if (i + extra >= bytes.size())
            return bytes.size(); // cut by the chunk's end, not wrong
        for (int k = 1; k <= extra; ++k) {
            if ((static_cast<unsigned char>(bytes.at(i + k)) & 0xC0) != 0x80)
                return i;
        }
        i += extra + 1;
    }
    return i;
}

} // namespace

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
        // Name the line of the first bad byte: lines already parsed, lines waiting in the
        // buffer, and lines of this chunk before the bad byte.
        const qsizetype bad = firstInvalidUtf8(chunk);
        m_errorLine = m_line + static_cast<int>(QStringView(m_buffer).mid(m_pos).count(QLatin1Char('\n')) +
                                                chunk.left(bad).count('\n'));
        m_error = QStringLiteral("the file is not valid UTF-8 (byte %1 of line %2)")
                      .arg(bad - chunk.left(bad).lastIndexOf('\n'))
                      .arg(m_errorLine);
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
