#pragma once

#include "domain/intakeorder.h"
#include "domain/progress.h"
#include "domain/session.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

// Orders from a file, for shops without webhooks (docketctl import orders;
// issue 16 item 9): a JSON array of orders (Docket's own order JSON, as
// POST /api/v1/orders takes it, or WooCommerce's orders as its REST API
// gives them) or a CSV export with one row per line item. Each order is read
// by the same readers as the gateway's (intake::fromDocketJson /
// fromWooCommerce) and taken by the same IntakeStore: idempotent by
// (channel, external id), checked, audited.
namespace docket {

// A problem of the file: where (a CSV line and column, or an order of a JSON
// array and its field) and what.
struct ImportProblem
{
    int line = 0;   // CSV: the file's line (1 = header); JSON: the line of the order's start
    int order = 0;  // the order's place in the file, from 1 (0: the file as a whole)
    QString column; // CSV: the column's header; JSON: the field ("lines[1].sku")
    QString message;
    QString text() const; // "line 7, column Qty: ..." (translated)
};

// A channel's own names, remembered for its next file: which column holds a
// field (Docket's field, "line.sku", -> the file's header "Artikelnummer"),
// and what its statuses mean (the file's word, lower case, -> a Docket
// status code). Fields it leaves out are found by their usual headers.
struct ImportMapping
{
    QHash<QString, QString> columns;
    QHash<QString, QString> statuses;
    bool isEmpty() const;
    QJsonObject toJson() const;
    static ImportMapping fromJson(const QJsonObject& o); // unknown fields and statuses dropped
    // From text, as docketctl takes it: columns "line.sku=Artikelnummer,
    // line.quantity=Menge", statuses "bezahlt=paid,offen=pending". Throws
    // DocketError(Invalid) naming the entry that is not a field or a status.
    static ImportMapping parse(const QString& columns, const QString& statuses);
    bool operator==(const ImportMapping&) const = default;
};

struct ImportFile
{
    QList<IntakeOrder> orders;
    QList<int> lines; // where each order starts in the file
    QList<ImportProblem> problems;
    QStringList headers;  // a CSV's column headers (for a mapping)
    QStringList statuses; // the statuses a CSV uses, as written, in order of appearance
    bool ok() const { return problems.isEmpty(); }
};

struct ImportSummary
{
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    int ignored = 0;
};

class OrderImport
{
    Q_DECLARE_TR_FUNCTIONS(OrderImport)

public:
    // Reads a file (JSON when it starts with '[', else CSV) for `channel`.
    // Every problem is listed (up to 1000), none is fatal to the reading.
    // A CSV is read with `mapping` first (JSON files carry their own field names).
    // An order that names no currency is in `defaultCurrency` (the shop's,
    // shop::currencyOf; empty: EUR).
    static ImportFile read(const QByteArray& data, const QString& channel,
                           const ImportMapping& mapping = {}, const QString& defaultCurrency = {});
    // The fields a CSV column can fill ("external_id", ..., "line.unit_price"),
    // and each one's name for people.
    static QStringList fields();
    static QString fieldLabel(const QString& field);

    OrderImport(QSqlDatabase db, Session session);

    // All or nothing: every order of a problem-free file in one transaction,
    // or nothing (throws DocketError naming the order that was refused, or
    // Cancelled when `progress` says so).
    ImportSummary commit(const ImportFile& file, const QString& unknownSku,
                         const ProgressFn& progress = {});

    // PostgreSQL: how many of the file's orders go to the server together
    // (each of a run is judged with the ones before it counted; the rules
    // of a run's order scan the run before it, so not thousands).
    static constexpr qsizetype kServerRun = 250;

private:
    QSqlDatabase m_db;
    Session m_session;
};

} // namespace docket
