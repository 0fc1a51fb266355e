#include "orderimport.h"

#include "intakestore.h"

#include "domain/errors.h"
#include "domain/order.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <utility>

// OrderImport, reading: a shop's export (CSV with a column mapping, or JSON)
// turned into an ImportFile of orders and problems, written nowhere.

namespace docket {

namespace {

constexpr int kMaxProblems = 1000;

// The CSV columns Docket reads, each under the header names shops' exports
// use (compared without case, spaces, dashes and underscores).
struct Column
{
    const char* field;   // Docket's order JSON: "external_id", "customer.name", "line.sku"
    const char* example; // a header a shop's export uses, for messages
    const char* label;   // the field's name for people (translated with OrderImport::tr)
    QList<QLatin1String> names;
    bool matches(const QString& key) const
    {
        for (const QLatin1String& n : names)
            if (key == n)
                return true;
        return false;
    }
};

const QList<Column>& columns()
{
    static const QList<Column> list{
        {"external_id",
         "Order ID",
         QT_TRANSLATE_NOOP("OrderImport", "Order id"),
         {QLatin1String("orderid"), QLatin1String("externalid"), QLatin1String("id")}},
        {"number",
         "Order Number",
         QT_TRANSLATE_NOOP("OrderImport", "Order number"),
         {QLatin1String("ordernumber"), QLatin1String("number")}},
        {"created_at",
         "Order Date",
         QT_TRANSLATE_NOOP("OrderImport", "Order date"),
         {QLatin1String("orderdate"), QLatin1String("date"), QLatin1String("createdat"),
          QLatin1String("datecreatedgmt"), QLatin1String("datecreated")}},
        {"status",
         "Order Status",
         QT_TRANSLATE_NOOP("OrderImport", "Status"),
         {QLatin1String("orderstatus"), QLatin1String("status")}},
        {"currency",
         "Order Currency",
         QT_TRANSLATE_NOOP("OrderImport", "Currency"),
         {QLatin1String("ordercurrency"), QLatin1String("currency")}},
        {"total",
         "Order Total",
         QT_TRANSLATE_NOOP("OrderImport", "Order total"),
         {QLatin1String("ordertotal"), QLatin1String("total")}},
        {"note",
         "Customer Note",
         QT_TRANSLATE_NOOP("OrderImport", "Customer note"),
         {QLatin1String("customernote"), QLatin1String("note")}},
        {"customer.name",
         "Customer Name",
         QT_TRANSLATE_NOOP("OrderImport", "Customer name"),
         {QLatin1String("customername"), QLatin1String("customer"), QLatin1String("billingname"),
          QLatin1String("name")}},
        {"customer.first",
         "Billing First Name",
         QT_TRANSLATE_NOOP("OrderImport", "First name"),
         {QLatin1String("billingfirstname"), QLatin1String("firstname")}},
        {"customer.last",
         "Billing Last Name",
         QT_TRANSLATE_NOOP("OrderImport", "Last name"),
         {QLatin1String("billinglastname"), QLatin1String("lastname")}},
        {"customer.email",
         "Billing Email",
         QT_TRANSLATE_NOOP("OrderImport", "Email"),
         {QLatin1String("billingemail"), QLatin1String("email"), QLatin1String("customeremail")}},
        {"customer.phone",
         "Billing Phone",
         QT_TRANSLATE_NOOP("OrderImport", "Phone"),
         {QLatin1String("billingphone"), QLatin1String("phone")}},
        {"shipping_address.street",
         "Shipping Address 1",
         QT_TRANSLATE_NOOP("OrderImport", "Street"),
         {QLatin1String("shippingaddress1"), QLatin1String("shippingstreet"),
          QLatin1String("street")}},
        {"shipping_address.city",
         "Shipping City",
         QT_TRANSLATE_NOOP("OrderImport", "City"),
         {QLatin1String("shippingcity"), QLatin1String("city")}},
        {"shipping_address.postcode",
         "Shipping Postcode",
         QT_TRANSLATE_NOOP("OrderImport", "Postcode"),
         {QLatin1String("shippingpostcode"), QLatin1String("postcode"), QLatin1String("zip")}},
        {"shipping_address.region",
         "Shipping State",
         QT_TRANSLATE_NOOP("OrderImport", "Region"),
         {QLatin1String("shippingstate"), QLatin1String("region"), QLatin1String("state")}},
        {"shipping_address.country",
         "Shipping Country",
         QT_TRANSLATE_NOOP("OrderImport", "Country"),
         {QLatin1String("shippingcountry"), QLatin1String("country")}},
        {"line.sku",
         "SKU",
         QT_TRANSLATE_NOOP("OrderImport", "SKU"),
         {QLatin1String("sku"), QLatin1String("itemsku"), QLatin1String("productsku")}},
        {"line.name",
         "Item Name",
         QT_TRANSLATE_NOOP("OrderImport", "Item name"),
         {QLatin1String("itemname"), QLatin1String("productname"), QLatin1String("product"),
          QLatin1String("item")}},
        {"line.quantity",
         "Qty",
         QT_TRANSLATE_NOOP("OrderImport", "Quantity"),
         {QLatin1String("quantity"), QLatin1String("qty"), QLatin1String("itemquantity")}},
        {"line.unit_price",
         "Item Cost",
         QT_TRANSLATE_NOOP("OrderImport", "Unit price"),
         {QLatin1String("itemprice"), QLatin1String("itemcost"), QLatin1String("unitprice"),
          QLatin1String("price")}},
    };
    return list;
}

QString headerKey(const QString& header)
{
    QString k = header.trimmed().toLower();
    k.remove(QRegularExpression(QStringLiteral("[\\s_\\-#]")));
    return k;
}

// RFC 4180: fields separated by `sep`, quoted with '"' ("" inside), records
// by CRLF or LF; a quoted field may hold line breaks. Each record with the
// line it starts on.
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

QList<CsvRecord> parseCsv(const QString& text, QChar sep, QString* error, int* errorLine)
{
    QList<CsvRecord> out;
    CsvRecord rec;
    QString field;
    int line = 1;
    rec.line = 1;
    bool quoted = false, wasQuoted = false, any = false;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.isEmpty() && !wasQuoted) {
            quoted = wasQuoted = any = true;
        } else if (c == sep) {
            rec.fields << field;
            field.clear();
            wasQuoted = false;
            any = true;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            if (any || !field.isEmpty()) {
                rec.fields << field;
                out << rec;
            }
            rec = CsvRecord{};
            field.clear();
            wasQuoted = any = false;
            rec.line = ++line;
        } else {
            if (wasQuoted) {
                *error = OrderImport::tr("A quoted field goes on after its closing quote.");
                *errorLine = line;
                return {};
            }
            field += c;
            any = true;
        }
    }
    if (quoted) {
        *error = OrderImport::tr("A quoted field is never closed.");
        *errorLine = rec.line;
        return {};
    }
    if (any || !field.isEmpty()) {
        rec.fields << field;
        out << rec;
    }
    return out;
}

// The line (from 1) of byte `offset` in `data`.
int lineAt(const QByteArray& data, qsizetype offset)
{
    return int(data.left(offset).count('\n')) + 1;
}

void addProblem(ImportFile* f, ImportProblem p)
{
    if (f->problems.size() < kMaxProblems)
        f->problems << std::move(p);
}

ImportFile readJson(const QByteArray& data, const QString& channel, const QString& currency)
{
    ImportFile f;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &pe);
    if (pe.error != QJsonParseError::NoError) {
        addProblem(&f, {lineAt(data, pe.offset),
                        0,
                        {},
                        OrderImport::tr("The file is not JSON: %1.").arg(pe.errorString())});
        return f;
    }
    if (!doc.isArray()) {
        addProblem(&f,
                   {1, 0, {}, OrderImport::tr("A JSON file of orders is a list: [ {...}, ... ].")});
        return f;
    }
    // Where each element starts: the n-th '{' at depth 1 (outside strings).
    QList<int> starts;
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data.at(i);
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"')
            inString = true;
        else if (c == '[' || c == '{') {
            if (depth == 1)
                starts << lineAt(data, i);
            ++depth;
        } else if (c == ']' || c == '}')
            --depth;
    }
    const QJsonArray list = doc.array();
    if (list.isEmpty())
        addProblem(&f, {1, 0, {}, OrderImport::tr("The file holds no orders.")});
    for (qsizetype i = 0; i < list.size(); ++i) {
        const int line = starts.value(i, 1);
        if (!list.at(i).isObject()) {
            addProblem(&f, {line, int(i) + 1, {}, OrderImport::tr("An order is a JSON object.")});
            continue;
        }
        const QJsonObject o = list.at(i).toObject();
        // WooCommerce's orders have line_items; Docket's own have lines.
        const intake::Parsed p = o.contains(QStringLiteral("line_items"))
                                     ? intake::fromWooCommerce(o, channel)
                                     : intake::fromDocketJson(o, channel, currency);
        if (!p.order) {
            addProblem(&f, {line, int(i) + 1, p.error.field, p.error.message});
            continue;
        }
        IntakeOrder in = *p.order;
        in.source = QStringLiteral("import");
        f.orders << in;
        f.lines << line;
    }
    return f;
}

// One order of a CSV file as Docket's order JSON, and where its parts were.
struct CsvOrder
{
    int firstLine = 0;
    QJsonObject body;
    QJsonArray lines;
    QList<int> lineRows; // the file line of each of `lines`
};

void setPath(QJsonObject* body, const QString& field, const QString& value)
{
    const qsizetype dot = field.indexOf(QLatin1Char('.'));
    if (dot < 0) {
        body->insert(field, value);
        return;
    }
    const QString outer = field.left(dot);
    QJsonObject inner = body->value(outer).toObject();
    inner.insert(field.mid(dot + 1), value);
    body->insert(outer, inner);
}

// "2026-12-05 10:48:26" (a shop's export, UTC) -> "2026-12-05T10:48:26Z".
QString csvTime(const QString& text)
{
    static const QRegularExpression plain(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})[ T](\\d{2}:\\d{2}(:\\d{2})?)$"));
    const auto m = plain.match(text);
    if (m.hasMatch())
        return m.captured(1) + QLatin1Char('T') + m.captured(2) + QLatin1Char('Z');
    return text;
}

ImportFile readCsv(const QByteArray& data, const QString& channel, const ImportMapping& mapping,
                   const QString& currency)
{
    ImportFile f;
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    const QString firstLine = text.section(QLatin1Char('\n'), 0, 0);
    const QChar sep = firstLine.count(QLatin1Char(';')) > firstLine.count(QLatin1Char(','))
                          ? QLatin1Char(';')
                          : QLatin1Char(',');
    QString error;
    int errorLine = 0;
    const QList<CsvRecord> records = parseCsv(text, sep, &error, &errorLine);
    if (!error.isEmpty()) {
        addProblem(&f, {errorLine, 0, {}, error});
        return f;
    }
    if (records.size() < 2) {
        addProblem(&f, {1,
                        0,
                        {},
                        OrderImport::tr("The file holds no orders (a header row, then one row "
                                        "per line item).")});
        return f;
    }
    // Which column is which field.
    const QStringList header = records.first().fields;
    for (const QString& h : header)
        f.headers << h.trimmed();
    QHash<QString, int> at;         // field -> column index
    QHash<QString, QString> nameOf; // field -> header text
    // The channel's own mapping first: the column it names for a field.
    QSet<int> taken; // columns the mapping gave a field
    for (auto it = mapping.columns.cbegin(); it != mapping.columns.cend(); ++it) {
        if (!OrderImport::fields().contains(it.key()))
            continue;
        const qsizetype c = f.headers.indexOf(it.value().trimmed());
        if (c < 0) {
            addProblem(&f, {1,
                            0,
                            {},
                            OrderImport::tr("The saved mapping takes %1 from the column \"%2\", "
                                            "which this file does not have.")
                                .arg(OrderImport::fieldLabel(it.key()), it.value())});
            continue;
        }
        at.insert(it.key(), int(c));
        nameOf.insert(it.key(), f.headers[c]);
        taken.insert(int(c));
    }
    for (int c = 0; c < header.size(); ++c) {
        if (taken.contains(c))
            continue;
        const QString key = headerKey(header[c]);
        for (const Column& col : columns()) {
            const QString field = QLatin1String(col.field);
            if (col.matches(key) && !at.contains(field)) {
                at.insert(field, c);
                nameOf.insert(field, header[c].trimmed());
                break;
            }
        }
    }
    const bool hasName = at.contains(QStringLiteral("customer.name")) ||
                         at.contains(QStringLiteral("customer.first"));
    for (const Column& col : columns()) {
        const QLatin1String field(col.field);
        const bool needed =
            field == QLatin1String("external_id") || (field.startsWith(QLatin1String("line.")));
        if (needed && !at.contains(field))
            addProblem(&f, {1,
                            0,
                            {},
                            OrderImport::tr("There is no column for %1 (a header such as \"%2\").")
                                .arg(field.mid(field.startsWith(QLatin1String("line.")) ? 5 : 0),
                                     QLatin1String(col.example))});
    }
    if (!hasName)
        addProblem(&f, {1,
                        0,
                        {},
                        OrderImport::tr("There is no column for the customer's name (a header "
                                        "such as \"Customer Name\" or \"Billing First Name\").")});
    if (!f.ok())
        return f;

    // Rows -> orders, by external id, in the order they first appear.
    QList<CsvOrder> orders;
    QHash<QString, qsizetype> index;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const CsvRecord& rec = records[r];
        if (rec.fields.size() == 1 && rec.fields.first().trimmed().isEmpty())
            continue;
        if (rec.fields.size() != header.size()) {
            addProblem(&f, {rec.line,
                            0,
                            {},
                            OrderImport::tr("The row has %1 fields; the header has %2.")
                                .arg(rec.fields.size())
                                .arg(header.size())});
            continue;
        }
        auto value = [&](const QString& field) {
            return at.contains(field) ? rec.fields.value(at.value(field)).trimmed() : QString();
        };
        const QString id = value(QStringLiteral("external_id"));
        if (id.isEmpty()) {
            addProblem(&f, {rec.line, 0, nameOf.value(QStringLiteral("external_id")),
                            OrderImport::tr("The order id is empty.")});
            continue;
        }
        if (!index.contains(id)) {
            index.insert(id, orders.size());
            CsvOrder o;
            o.firstLine = rec.line;
            for (auto it = at.cbegin(); it != at.cend(); ++it) {
                const QString& field = it.key();
                const QString v = value(field);
                if (field.startsWith(QLatin1String("line.")) || v.isEmpty() ||
                    field == QLatin1String("customer.first") ||
                    field == QLatin1String("customer.last"))
                    continue;
                setPath(&o.body, field, field == QLatin1String("created_at") ? csvTime(v) : v);
            }
            const QString first = value(QStringLiteral("customer.first"));
            const QString last = value(QStringLiteral("customer.last"));
            if (!o.body.value(QStringLiteral("customer"))
                     .toObject()
                     .contains(QStringLiteral("name")) &&
                !(first + last).isEmpty())
                setPath(&o.body, QStringLiteral("customer.name"),
                        (first + QLatin1Char(' ') + last).trimmed());
            // A shop's status in WooCommerce's words first (a shop's
            // "processing" is paid and waiting to be packed), else Docket's
            // own codes (paid, shipped, delivered); anything else is left for
            // the reader to name.
            const QString st = o.body.value(QStringLiteral("status")).toString();
            bool known = false;
            if (const QString own = mapping.statuses.value(st.toLower()); !own.isEmpty())
                o.body.insert(QStringLiteral("status"), own); // the channel's own word
            else if (!st.isEmpty())
                if (const auto mapped =
                        intake::wooStatus(st.toLower().remove(QStringLiteral("wc-")), &known))
                    o.body.insert(QStringLiteral("status"), *mapped);
            if (!st.isEmpty() && !f.statuses.contains(st))
                f.statuses << st;
            orders << o;
        }
        CsvOrder& o = orders[index.value(id)];
        QJsonObject line;
        line.insert(QStringLiteral("sku"), value(QStringLiteral("line.sku")));
        if (at.contains(QStringLiteral("line.name")))
            line.insert(QStringLiteral("name"), value(QStringLiteral("line.name")));
        const QString qty = value(QStringLiteral("line.quantity"));
        bool isNumber = false;
        const qint64 q = qty.toLongLong(&isNumber);
        line.insert(QStringLiteral("quantity"), isNumber ? QJsonValue(q) : QJsonValue(qty));
        line.insert(QStringLiteral("unit_price"), value(QStringLiteral("line.unit_price")));
        o.lines.append(line);
        o.lineRows << rec.line;
    }
    // Each order through the gateway's reader; its problem back to a line and column.
    static const QRegularExpression linePath(QStringLiteral("^lines\\[(\\d+)\\]\\.(\\w+)$"));
    for (qsizetype i = 0; i < orders.size(); ++i) {
        CsvOrder& o = orders[i];
        o.body.insert(QStringLiteral("lines"), o.lines);
        const intake::Parsed p = intake::fromDocketJson(o.body, channel, currency);
        if (!p.order) {
            int line = o.firstLine;
            QString column = nameOf.value(p.error.field, p.error.field);
            const auto m = linePath.match(p.error.field);
            if (m.hasMatch()) {
                line = o.lineRows.value(m.captured(1).toInt(), o.firstLine);
                column = nameOf.value(QStringLiteral("line.") + m.captured(2), m.captured(2));
            }
            // The reader names its JSON field ("lines[1].quantity"); the
            // file's reader knows it by its column, in whatever quotes the
            // language puts around it ("…", “…”, 「…」).
            QString message = p.error.message;
            if (!p.error.field.isEmpty())
                for (const auto& [left, right] :
                     {std::pair{QStringLiteral("\""), QStringLiteral("\"")},
                      std::pair{QStringLiteral("\u201C"), QStringLiteral("\u201D")},
                      std::pair{QStringLiteral("\u300C"), QStringLiteral("\u300D")}})
                    message.replace(left + p.error.field + right, left + column + right);
            addProblem(&f, {line, int(i) + 1, column, message});
            continue;
        }
        IntakeOrder in = *p.order;
        in.source = QStringLiteral("import");
        f.orders << in;
        f.lines << o.firstLine;
    }
    // Rows that could not be read and orders the reader refused, by line.
    std::stable_sort(
        f.problems.begin(), f.problems.end(),
        [](const ImportProblem& a, const ImportProblem& b) { return a.line < b.line; });
    return f;
}

} // namespace

QString ImportProblem::text() const
{
    if (line <= 0)
        return message;
    if (column.isEmpty())
        return OrderImport::tr("line %1: %2").arg(line).arg(message);
    return OrderImport::tr("line %1, column %2: %3").arg(line).arg(column, message);
}

ImportFile OrderImport::read(const QByteArray& data, const QString& channel,
                             const ImportMapping& mapping, const QString& defaultCurrency)
{
    const QByteArray start = data.left(64).trimmed();
    if (start.startsWith('[') || start.startsWith("\xef\xbb\xbf["))
        return readJson(data.startsWith("\xef\xbb\xbf") ? data.mid(3) : data, channel,
                        defaultCurrency);
    return readCsv(data, channel, mapping, defaultCurrency);
}

QStringList OrderImport::fields()
{
    QStringList out;
    for (const Column& c : columns())
        out << QLatin1String(c.field);
    return out;
}

QString OrderImport::fieldLabel(const QString& field)
{
    for (const Column& c : columns())
        if (field == QLatin1String(c.field))
            return tr(c.label);
    return field;
}

bool ImportMapping::isEmpty() const
{
    return columns.isEmpty() && statuses.isEmpty();
}

QJsonObject ImportMapping::toJson() const
{
    QJsonObject cols, sts;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        cols.insert(it.key(), it.value());
    for (auto it = statuses.cbegin(); it != statuses.cend(); ++it)
        sts.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("columns"), cols}, {QStringLiteral("statuses"), sts}};
}

ImportMapping ImportMapping::parse(const QString& columnsText, const QString& statusesText)
{
    ImportMapping m;
    auto pairs = [](const QString& text, const QString& what) {
        QList<std::pair<QString, QString>> out;
        for (const QString& entry : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const qsizetype eq = entry.indexOf(QLatin1Char('='));
            if (eq <= 0 || entry.mid(eq + 1).trimmed().isEmpty())
                throw DocketError(DocketError::Code::Invalid,
                                  OrderImport::tr("\"%1\" is not NAME=VALUE.").arg(entry.trimmed()),
                                  what);
            out.append({entry.left(eq).trimmed(), entry.mid(eq + 1).trimmed()});
        }
        return out;
    };
    for (const auto& [field, header] : pairs(columnsText, QStringLiteral("map"))) {
        if (!OrderImport::fields().contains(field))
            throw DocketError(DocketError::Code::Invalid,
                              OrderImport::tr("\"%1\" is not a field of an order; the fields "
                                              "are: %2.")
                                  .arg(field, OrderImport::fields().join(QStringLiteral(", "))),
                              QStringLiteral("map"));
        m.columns.insert(field, header);
    }
    for (const auto& [word, code] : pairs(statusesText, QStringLiteral("status-map"))) {
        if (!status::fromCode(code))
            throw DocketError(DocketError::Code::Invalid,
                              OrderImport::tr("\"%1\" is not a Docket status.").arg(code),
                              QStringLiteral("status-map"));
        m.statuses.insert(word.toLower(), code);
    }
    return m;
}

ImportMapping ImportMapping::fromJson(const QJsonObject& o)
{
    ImportMapping m;
    const QJsonObject cols = o.value(QStringLiteral("columns")).toObject();
    for (auto it = cols.begin(); it != cols.end(); ++it)
        if (OrderImport::fields().contains(it.key()) && it.value().isString())
            m.columns.insert(it.key(), it.value().toString());
    const QJsonObject sts = o.value(QStringLiteral("statuses")).toObject();
    for (auto it = sts.begin(); it != sts.end(); ++it)
        if (status::fromCode(it.value().toString()))
            m.statuses.insert(it.key().toLower(), it.value().toString());
    return m;
}

} // namespace docket
