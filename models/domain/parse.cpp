#include "parse.h"

#include <QRegularExpression>
#include <limits>

namespace docket::parse {

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool allAsciiDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s)
        if (!isAsciiDigit(c))
            return false;
    return true;
}

// Han, kana, hangul and the other scripts written without spaces between
// words: one such character is a word of its own (the search's tokenizers
// treat it so).
bool isCjk(QChar c)
{
    return c.unicode() >= 0x2E80 && c.isLetterOrNumber();
}

bool isOrderNumberChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') ||
           u == u'-' || u == u'_' || u == u'#' || u == u'/' || u == u'.';
}

// The order number rules shared by a whole number and a prefix; empty when
// the text follows them.
QString orderNumberProblem(const QString& text)
{
    if (text.size() > kMaxOrderNumberLength)
        return Text::tr("%1 is not an order number: order numbers have at most %2 characters.")
            .arg(quoted(text))
            .arg(kMaxOrderNumberLength);
    for (QChar c : text)
        if (!isOrderNumberChar(c))
            return Text::tr("%1 is not an order number: use letters, digits and - _ # / . only, "
                            "without spaces.")
                .arg(quoted(text));
    return {};
}

} // namespace

QString quoted(const QString& text)
{
    constexpr int kShown = 40;
    const bool cut = text.size() > kShown;
    const QString shown = cut ? text.left(kShown) : text;
    QString out;
    out.reserve(shown.size() + 4);
    for (qsizetype i = 0; i < shown.size(); ++i) {
        const QChar c = shown[i];
        const bool edge = i == 0 || i == shown.size() - 1;
        if (c == QLatin1Char('\t'))
            out += QStringLiteral("\\t");
        else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else if (c == QLatin1Char('\r'))
            out += QStringLiteral("\\r");
        else if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format ||
                 (edge && c.isSpace() && c != QLatin1Char(' ')))
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    // A space at either end would be invisible inside the quotes' neighbours
    // in some fonts; it stays a space, the quotes show it.
    return QLatin1Char('"') + out + (cut ? QStringLiteral("…") : QString()) + QLatin1Char('"');
}

Parsed<QDate> date(const QString& text)
{
    // YYYY-MM-DD: exactly ten characters, digits where digits belong.
    const bool shaped = text.size() == 10 && text[4] == QLatin1Char('-') &&
                        text[7] == QLatin1Char('-') && allAsciiDigits(QStringView(text).left(4)) &&
                        allAsciiDigits(QStringView(text).mid(5, 2)) &&
                        allAsciiDigits(QStringView(text).mid(8, 2));
    if (!shaped)
        return Parsed<QDate>::failure(
            Text::tr("%1 is not a date: write it as YYYY-MM-DD, e.g. 2026-01-31.")
                .arg(quoted(text)));
    const QDate d(QStringView(text).left(4).toInt(), QStringView(text).mid(5, 2).toInt(),
                  QStringView(text).mid(8, 2).toInt());
    if (!d.isValid() || d.year() < 1)
        return Parsed<QDate>::failure(
            Text::tr("%1 is not a date: there is no such day in the calendar.").arg(quoted(text)));
    return d;
}

Parsed<DateRange> dateRange(const QString& from, const QString& to)
{
    DateRange r;
    if (!from.isEmpty()) {
        const auto d = date(from);
        if (!d)
            return Parsed<DateRange>::failure(d.error());
        r.from = d.value();
    }
    if (!to.isEmpty()) {
        const auto d = date(to);
        if (!d)
            return Parsed<DateRange>::failure(d.error());
        r.to = d.value();
    }
    if (r.from.isValid() && r.to.isValid() && r.to < r.from)
        return Parsed<DateRange>::failure(
            Text::tr("The last day %1 comes before the first day %2.").arg(to, from));
    return r;
}

Parsed<DateRange> dateRange(const QString& text)
{
    const qsizetype dots = text.indexOf(QStringLiteral(".."));
    if (dots < 0 || text.indexOf(QStringLiteral(".."), dots + 2) >= 0 ||
        text == QLatin1String(".."))
        return Parsed<DateRange>::failure(
            Text::tr("%1 is not a period: write FIRST..LAST with days as YYYY-MM-DD, e.g. "
                     "2026-01-01..2026-01-31 (either end may be left out).")
                .arg(quoted(text)));
    return dateRange(text.left(dots), text.mid(dots + 2));
}

Parsed<qint64> wholeNumber(const QString& text, qint64 min, qint64 max)
{
    const QString range = Text::tr("%1 is not a whole number from %2 to %3: write digits only, "
                                   "without a sign, spaces or leading zeros.")
                              .arg(quoted(text))
                              .arg(min)
                              .arg(max);
    if (!allAsciiDigits(text) || (text.size() > 1 && text[0] == QLatin1Char('0')))
        return Parsed<qint64>::failure(range);
    // Digits only, so the one way toLongLong() fails is overflow.
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    if (!ok || n < min || n > max)
        return Parsed<qint64>::failure(range);
    return n;
}

Parsed<qint64> id(const QString& text)
{
    const auto n = wholeNumber(text, 1, std::numeric_limits<qint64>::max());
    if (!n)
        return Parsed<qint64>::failure(
            Text::tr("%1 is not an id: ids are whole numbers from 1, written with digits only.")
                .arg(quoted(text)));
    return n;
}

Parsed<int> limit(const QString& text, int max)
{
    const auto n = wholeNumber(text, 1, max);
    if (!n)
        return Parsed<int>::failure(n.error());
    return int(n.value());
}

Parsed<QString> orderNumber(const QString& text)
{
    if (text.isEmpty())
        return Parsed<QString>::failure(Text::tr("An order number is empty."));
    if (const QString problem = orderNumberProblem(text); !problem.isEmpty())
        return Parsed<QString>::failure(problem);
    return text.toUpper();
}

Parsed<QString> orderNumberPrefix(const QString& text)
{
    if (const QString problem = orderNumberProblem(text); !problem.isEmpty())
        return Parsed<QString>::failure(problem);
    return text;
}

Parsed<QStringList> keyword(const QString& text)
{
    if (text.size() > kMaxKeywordLength)
        return Parsed<QStringList>::failure(
            Text::tr("The search text is too long: %L1 characters, at most %L2.")
                .arg(text.size())
                .arg(kMaxKeywordLength));
    QStringList words;
    bool anySearchable = false;
    for (const QString& part :
         text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        int searchable = 0;
        bool cjk = false;
        for (QChar c : part) {
            if (c.isLetterOrNumber()) {
                ++searchable;
                cjk = cjk || isCjk(c);
            }
        }
        if (searchable == 0)
            continue; // punctuation between words
        anySearchable = true;
        if (searchable < 2 && !cjk)
            return Parsed<QStringList>::failure(
                Text::tr("Search words need at least two letters or digits (%1 has one; "
                         "punctuation is not searched).")
                    .arg(quoted(part)));
        words << part;
    }
    if (!anySearchable && !text.trimmed().isEmpty())
        return Parsed<QStringList>::failure(
            Text::tr("The search text %1 has no letters or digits to search for.")
                .arg(quoted(text)));
    if (words.size() > kMaxKeywordWords)
        return Parsed<QStringList>::failure(
            Text::tr("The search has %L1 words; at most %L2 can be searched at once.")
                .arg(words.size())
                .arg(kMaxKeywordWords));
    return words;
}

Parsed<QStringList> commaList(const QString& text, const QString& what)
{
    const QStringList items = text.split(QLatin1Char(','));
    for (const QString& item : items) {
        if (item.isEmpty())
            return Parsed<QStringList>::failure(
                Text::tr("%1 is not a list of %2: an item is empty; separate the items with "
                         "single commas.")
                    .arg(quoted(text), what));
        if (item.trimmed() != item)
            return Parsed<QStringList>::failure(
                Text::tr("%1 is not a list of %2: write the items separated by commas, without "
                         "spaces.")
                    .arg(quoted(text), what));
    }
    return items;
}

} // namespace docket::parse
