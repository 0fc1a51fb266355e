#pragma once

#include "domain/intakeorder.h"
#include "domain/progress.h"
#include "domain/session.h"

#include <QCoreApplication>
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

struct ImportFile
{
    QList<IntakeOrder> orders;
    QList<int> lines; // where each order starts in the file
    QList<ImportProblem> problems;
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
    static ImportFile read(const QByteArray& data, const QString& channel);

    OrderImport(QSqlDatabase db, Session session);

    // All or nothing: every order of a problem-free file in one transaction,
    // or nothing (throws DocketError naming the order that was refused, or
    // Cancelled when `progress` says so).
    ImportSummary commit(const ImportFile& file, const QString& unknownSku,
                         const ProgressFn& progress = {});

private:
    QSqlDatabase m_db;
    Session m_session;
};

} // namespace docket
