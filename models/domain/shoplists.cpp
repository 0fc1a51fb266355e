#include "fulfilment.h"

#include "fulfilment_p.h"
#include "shopsettings.h"

#include <QCoreApplication>
#include <QRegularExpression>

// The shop's payment methods and carriers: the list texts kept in the shop
// settings, read and written row by row (the settings tables, docketctl and
// the server's docket_fields read them the same way).

namespace docket::fulfilment {

namespace detail {

bool isCode(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9_]{1,30}$"));
    return re.match(s).hasMatch();
}

QString lineError(int n, const QString& why)
{
    return QCoreApplication::translate("Fulfilment", "Line %1: %2").arg(n).arg(why);
}

} // namespace detail

using detail::isCode;
using detail::lineError;

namespace {

// Fields of a list line are separated by a bar with white space before it and
// white space (or the end of the line) after it, so that a pattern may use
// "|" for alternatives. The server splits the same way (0069, docket_fields).
QStringList fields(const QString& line)
{
    static const QRegularExpression sep(QStringLiteral("\\s\\|(?=\\s|$)"));
    QStringList parts = line.split(sep);
    for (QString& p : parts)
        p = p.trimmed();
    return parts;
}

} // namespace

QString defaultPaymentMethodsText()
{
    return QString::fromUtf8(shop::paymentMethods.fallback);
}

QString defaultCarriersText()
{
    return QString::fromUtf8(shop::carriers.fallback);
}

QList<PaymentMethod> paymentMethods(const ShopSettings& s)
{
    QList<PaymentMethod> l = parsePaymentMethods(s.text(shop::paymentMethods));
    return l.isEmpty() ? parsePaymentMethods(defaultPaymentMethodsText()) : l;
}

QList<Carrier> carriers(const ShopSettings& s)
{
    QList<Carrier> l = parseCarriers(s.text(shop::carriers));
    return l.isEmpty() ? parseCarriers(defaultCarriersText()) : l;
}

const char* builtinMethodSource(const QString& code)
{
    static const struct
    {
        const char* code;
        const char* label;
    } kLabels[] = {
        {"card", QT_TRANSLATE_NOOP("Fulfilment", "Card")},
        {"debit_card", QT_TRANSLATE_NOOP("Fulfilment", "Debit card")},
        {"alipay", QT_TRANSLATE_NOOP("Fulfilment", "Alipay")},
        {"wechat_pay", QT_TRANSLATE_NOOP("Fulfilment", "WeChat Pay")},
        {"bank_transfer", QT_TRANSLATE_NOOP("Fulfilment", "Bank transfer")},
        {"cod", QT_TRANSLATE_NOOP("Fulfilment", "Cash on delivery")},
        {"store_credit", QT_TRANSLATE_NOOP("Fulfilment", "Store credit")},
        {"sf", QT_TRANSLATE_NOOP("Fulfilment", "SF Express")},
        {"jd", QT_TRANSLATE_NOOP("Fulfilment", "JD Logistics")},
        {"zto", QT_TRANSLATE_NOOP("Fulfilment", "ZTO Express")},
        {"yto", QT_TRANSLATE_NOOP("Fulfilment", "YTO Express")},
        {"ems", QT_TRANSLATE_NOOP("Fulfilment", "EMS / China Post")},
        {"dhl", QT_TRANSLATE_NOOP("Fulfilment", "DHL")},
        {"ups", QT_TRANSLATE_NOOP("Fulfilment", "UPS")},
        {"fedex", QT_TRANSLATE_NOOP("Fulfilment", "FedEx")},
        {"dpd", QT_TRANSLATE_NOOP("Fulfilment", "DPD")},
    };
    for (const auto& l : kLabels)
        if (code == QLatin1String(l.code))
            return l.label;
    return nullptr;
}

QString builtinMethodLabel(const QString& code)
{
    const char* label = builtinMethodSource(code);
    return label ? QCoreApplication::translate("Fulfilment", label) : code;
}

namespace {

// What parseOne says about an entry: the field at fault and why (empty: fine).
struct FieldProblem
{
    int field = 0;
    QString why;
};

// The skeleton of the shop's list texts: one entry a line, "a | b | c"; blank
// lines and '#' comments skipped; each entry has a code, unique in the list.
// `parseOne` fills an entry from its fields and returns the problem in words
// (empty: fine). The first problem names its line and the list is empty.
template <typename T, typename ParseOne>
QList<T> parseList(const QString& text, QString* error, ListProblem* problem, qsizetype maxFields,
                   const char* shapeMessage, const char* emptyMessage, ParseOne parseOne)
{
    QList<T> out;
    int n = 0;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        ++n;
        const QString l = line.trimmed();
        if (l.isEmpty() || l.startsWith(QLatin1Char('#')))
            continue;
        const QStringList f = fields(l);
        FieldProblem p;
        T item;
        item.code = f.value(0);
        if (f.size() > maxFields) {
            p = {int(maxFields), QCoreApplication::translate("Fulfilment", shapeMessage)};
        } else if (!isCode(item.code)) {
            p.why = QCoreApplication::translate("Fulfilment",
                                                "\"%1\" is not a code (lower-case letters, "
                                                "digits and _, at most 30).")
                        .arg(item.code);
        } else if (std::any_of(out.cbegin(), out.cend(),
                               [&](const T& seen) { return seen.code == item.code; })) {
            p.why =
                QCoreApplication::translate("Fulfilment", "\"%1\" is listed twice.").arg(item.code);
        } else {
            p = parseOne(f, item);
        }
        if (!p.why.isEmpty()) {
            if (error)
                *error = item.code.isEmpty() || !isCode(item.code)
                             ? lineError(n, p.why)
                             : QCoreApplication::translate("Fulfilment", "Line %1 (%2): %3")
                                   .arg(n)
                                   .arg(item.code, p.why);
            if (problem)
                *problem = {n, p.field, item.code, p.why};
            return {};
        }
        out << item;
    }
    if (out.isEmpty()) {
        const QString why = QCoreApplication::translate("Fulfilment", emptyMessage);
        if (error)
            *error = why;
        if (problem)
            *problem = {0, 0, {}, why};
        return {};
    }
    if (error)
        error->clear();
    if (problem)
        *problem = {};
    return out;
}

// A field of a list entry may not hold the separator (" | ").
bool holdsSeparator(const QString& field)
{
    static const QRegularExpression sep(QStringLiteral("\\s\\|(?=\\s|$)"));
    return sep.match(field).hasMatch();
}

// Rows of fields -> the stored text, checked by `parse`; see ListText.
template <typename Parse> ListText listText(const QList<QStringList>& rows, Parse parse)
{
    ListText out;
    QStringList lines;
    QList<int> rowOfLine; // lines[i] came from rows[rowOfLine[i]]
    for (int r = 0; r < rows.size(); ++r) {
        QStringList f = rows.at(r);
        for (QString& x : f)
            x = x.trimmed();
        while (!f.isEmpty() && f.last().isEmpty())
            f.removeLast();
        if (f.isEmpty())
            continue; // an empty row, as added and left
        for (int i = 0; i < f.size(); ++i) {
            QString why;
            if (f.at(i).contains(QLatin1Char('\n')))
                why = QCoreApplication::translate("Fulfilment", "it has a line break.");
            else if (holdsSeparator(f.at(i)))
                why = QCoreApplication::translate("Fulfilment",
                                                  "\"%1\" holds \" | \", which separates the "
                                                  "fields; write the bar without spaces.")
                          .arg(f.at(i));
            else if (i == 0 && f.at(0).isEmpty())
                why = QCoreApplication::translate("Fulfilment", "it has no code.");
            else if (i == 0 && f.at(0).startsWith(QLatin1Char('#')))
                why = QCoreApplication::translate("Fulfilment",
                                                  "\"%1\" is not a code (lower-case letters, "
                                                  "digits and _, at most 30).")
                          .arg(f.at(0));
            if (!why.isEmpty()) {
                out.row = r;
                out.field = i;
                out.error = QCoreApplication::translate("Fulfilment", "Row %1 (%2): %3")
                                .arg(r + 1)
                                .arg(f.at(0).isEmpty() ? QStringLiteral("—") : f.at(0), why);
                return out;
            }
        }
        QString line = f.first(); // "cod | | on_delivery": an empty field is one space wide
        for (qsizetype i = 1; i < f.size(); ++i)
            line += f.at(i).isEmpty() ? QStringLiteral(" |") : QStringLiteral(" | ") + f.at(i);
        lines << line;
        rowOfLine << r;
    }
    out.text = lines.join(QLatin1Char('\n'));
    ListProblem p;
    parse(out.text, &p);
    if (p.why.isEmpty())
        return out;
    if (p.line > 0) {
        out.row = rowOfLine.value(p.line - 1, -1);
        out.field = p.field;
        out.error = QCoreApplication::translate("Fulfilment", "Row %1 (%2): %3")
                        .arg(out.row + 1)
                        .arg(p.code.isEmpty() ? QStringLiteral("—") : p.code, p.why);
    } else {
        out.error = p.why;
    }
    out.text.clear();
    return out;
}

// The entries of a list text, fields as written (see paymentMethodRows).
QList<QStringList> rawRows(const QString& text)
{
    QList<QStringList> out;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        const QString l = line.trimmed();
        if (!l.isEmpty() && !l.startsWith(QLatin1Char('#')))
            out << fields(l);
    }
    return out;
}

const QLatin1String kOnDelivery("on_delivery");
const QLatin1String kInactive("inactive");

} // namespace

QList<PaymentMethod> parsePaymentMethods(const QString& text, QString* error, ListProblem* problem)
{
    return parseList<PaymentMethod>(
        text, error, problem, 4,
        QT_TRANSLATE_NOOP("Fulfilment",
                          "a payment method is \"code | label | on_delivery | inactive\"."),
        QT_TRANSLATE_NOOP("Fulfilment", "List at least one payment method."),
        [](const QStringList& f, PaymentMethod& m) -> FieldProblem {
            m.label = f.value(1);
            if (m.label.isEmpty())
                m.label = builtinMethodLabel(m.code);
            const QString flag = f.value(2);
            if (!flag.isEmpty() && flag != kOnDelivery)
                return {2, QCoreApplication::translate(
                               "Fulfilment", "\"%1\" is not a flag; the only one is on_delivery.")
                               .arg(flag)};
            m.onDelivery = flag == kOnDelivery;
            const QString state = f.value(3);
            if (!state.isEmpty() && state != kInactive)
                return {3, QCoreApplication::translate(
                               "Fulfilment",
                               "\"%1\" is not a state; write inactive, or nothing for active.")
                               .arg(state)};
            m.active = state != kInactive;
            return {};
        });
}

QList<Carrier> parseCarriers(const QString& text, QString* error, ListProblem* problem)
{
    return parseList<Carrier>(
        text, error, problem, 4,
        QT_TRANSLATE_NOOP("Fulfilment", "a carrier is \"code | name | pattern | link\"."),
        QT_TRANSLATE_NOOP("Fulfilment", "List at least one carrier."),
        [](const QStringList& f, Carrier& c) -> FieldProblem {
            c.name = f.value(1);
            if (c.name.isEmpty()) {
                c.name = builtinMethodLabel(c.code);
                c.builtinName = builtinMethodSource(c.code) != nullptr;
            }
            c.pattern = f.value(2);
            if (!c.pattern.isEmpty()) {
                const QRegularExpression re(QStringLiteral("^(?:") + c.pattern +
                                            QStringLiteral(")$"));
                if (!re.isValid())
                    return {
                        2, QCoreApplication::translate(
                               "Fulfilment", "\"%1\" is not a valid pattern: %2 (at character %3).")
                               .arg(c.pattern, re.errorString())
                               .arg(std::max<qsizetype>(re.patternErrorOffset() - 4, 0) + 1)};
            }
            c.urlTemplate = f.value(3);
            if (!c.urlTemplate.isEmpty() && (!c.urlTemplate.startsWith(QLatin1String("https://")) &&
                                             !c.urlTemplate.startsWith(QLatin1String("http://"))))
                return {3, QCoreApplication::translate(
                               "Fulfilment", "the link must start with https:// or http://.")};
            if (!c.urlTemplate.isEmpty() && !c.urlTemplate.contains(QLatin1String("{number}")))
                return {3, QCoreApplication::translate(
                               "Fulfilment", "the link must say where the number goes: {number}.")};
            return {};
        });
}

QList<PaymentMethod> paymentMethodRows(const QString& text)
{
    QList<PaymentMethod> out;
    for (const QStringList& f : rawRows(text)) {
        PaymentMethod m;
        m.code = f.value(0);
        m.label = f.value(1);
        m.onDelivery = f.value(2) == kOnDelivery;
        m.active = f.value(3) != kInactive;
        out << m;
    }
    return out;
}

QList<Carrier> carrierRows(const QString& text)
{
    QList<Carrier> out;
    for (const QStringList& f : rawRows(text)) {
        Carrier c;
        c.code = f.value(0);
        c.name = f.value(1);
        c.pattern = f.value(2);
        c.urlTemplate = f.value(3);
        out << c;
    }
    return out;
}

ListText paymentMethodsText(const QList<PaymentMethod>& rows)
{
    QList<QStringList> r;
    for (const PaymentMethod& m : rows) {
        const bool blank = m.code.trimmed().isEmpty() && m.label.trimmed().isEmpty();
        r << (blank ? QStringList{} // a row added and left empty (flags alone say nothing)
                    : QStringList{m.code, m.label, m.onDelivery ? QString(kOnDelivery) : QString(),
                                  m.active ? QString() : QString(kInactive)});
    }
    return listText(r,
                    [](const QString& t, ListProblem* p) { parsePaymentMethods(t, nullptr, p); });
}

ListText carriersText(const QList<Carrier>& rows)
{
    QList<QStringList> r;
    for (const Carrier& c : rows)
        r << QStringList{c.code, c.name, c.pattern, c.urlTemplate};
    return listText(r, [](const QString& t, ListProblem* p) { parseCarriers(t, nullptr, p); });
}

QString normaliseTrackingNumber(const QString& number)
{
    QString n = number.trimmed().toUpper();
    n.remove(QLatin1Char(' '));
    return n;
}

} // namespace docket::fulfilment
