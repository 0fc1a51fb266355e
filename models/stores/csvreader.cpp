#include "csvreader.h"

#include "domain/errors.h"

namespace docket::csv {

namespace {

// The offset of the first byte that does not belong to a valid UTF-8
// sequence, or -1.
qsizetype firstInvalidUtf8(const QByteArray& d)
{
    const qsizetype n = d.size();
    for (qsizetype i = 0; i < n;) {
        const uchar c = uchar(d[i]);
        int len = 0;
        uint cp = 0;
        if (c < 0x80) {
            ++i;
            continue;
        }
        if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + len > n)
            return i;
        for (int k = 1; k < len; ++k) {
            const uchar cc = uchar(d[i + k]);
            if ((cc & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (cc & 0x3F);
        }
        const uint minimum = len == 2 ? 0x80 : len == 3 ? 0x800 : 0x10000;
        if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += len;
    }
    return -1;
}

} // namespace

Table read(const QByteArray& dataIn)
{
    Table out;
    QByteArray data = dataIn;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    const qsizetype bad = firstInvalidUtf8(data);
    if (bad >= 0) {
        const int line = int(data.left(bad).count('\n')) + 1;
        out.error = Text::tr("The file is not UTF-8 text (line %1). Save it as \"CSV UTF-8\" "
                             "and try again.")
                        .arg(line);
        return out;
    }
    const QString text = QString::fromUtf8(data);
    int line = 1;
    Row row;
    row.line = 1;
    QString field;
    bool inQuotes = false;
    bool quoted = false;
    bool any = false; // the row has content
    auto endField = [&] {
        row.fields << field;
        field.clear();
        quoted = false;
    };
    auto endRow = [&] {
        endField();
        if (any)
            out.rows << row;
        row = Row();
        row.line = line;
        any = false;
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text[i + 1] == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (!field.trimmed().isEmpty() || quoted) {
                out.error =
                    Text::tr("Line %1: a quote inside a field that is not quoted.").arg(line);
                return out;
            }
            field.clear();
            inQuotes = true;
            quoted = true;
            any = true;
        } else if (c == QLatin1Char(',')) {
            endField();
            any = true;
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            ++line;
            endRow();
        } else {
            if (quoted && !c.isSpace()) {
                out.error = Text::tr("Line %1: text after a closing quote.").arg(line);
                return out;
            }
            if (!c.isSpace())
                any = true;
            field += c;
        }
    }
    if (inQuotes) {
        out.error = Text::tr("Line %1: a quoted field is not closed.").arg(row.line);
        return out;
    }
    endRow();
    return out;
}

Table readWithHeader(const QByteArray& data, const QString& header)
{
    Table table = read(data);
    if (!table.ok())
        throw DocketError(DocketError::Code::Invalid, table.error, QStringLiteral("file"));
    if (table.rows.isEmpty())
        throw DocketError(DocketError::Code::Invalid, Text::tr("The file is empty."),
                          QStringLiteral("file"));
    QStringList found;
    for (const QString& h : table.rows.first().fields)
        found << h.trimmed().toLower();
    if (found != header.split(QLatin1Char(',')))
        throw DocketError(DocketError::Code::Invalid,
                          Text::tr("Line 1 must be the header \"%1\"; the file has \"%2\".")
                              .arg(header, found.join(QLatin1Char(',')).left(120)),
                          QStringLiteral("header"));
    return table;
}

QString field(const QString& value)
{
    QString v = value;
    if (!v.isEmpty() && QStringLiteral("=+-@").contains(v[0]))
        v.prepend(QLatin1Char('\''));
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) ||
        v.contains(QLatin1Char('\n')) || v.contains(QLatin1Char('\r')) || v != v.trimmed())
        return QLatin1Char('"') + QString(v).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
               QLatin1Char('"');
    return v;
}

QString line(const QStringList& fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString& f : fields)
        out << field(f);
    return out.join(QLatin1Char(',')) + QLatin1Char('\n');
}

} // namespace docket::csv
