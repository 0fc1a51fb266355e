#pragma once

#include "db/database.h"
#include "domain/session.h"
#include "domain/stock.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <functional>
#include <optional>

namespace docket {

// Which ledger rows to list (all criteria combine with AND; 0 / empty: any).
struct MovementFilter
{
    qint64 productId = 0;
    qint64 warehouseId = 0;
    qint64 orderId = 0;
    qint64 stocktakeId = 0;
    qint64 transferId = 0;
    qint64 returnId = 0;
    QStringList kinds;
};

// An order's stock: per product, where it reserves, what it wants and holds.
struct OrderStockLine
{
    qint64 productId = 0;
    QString sku;
    qint64 warehouseId = 0;
    QString warehouseCode;
    qint64 wanted = 0;
    qint64 held = 0;
    qint64 missing() const { return wanted - held; }
};

// The stock ledger: receipts, adjustments, write-offs, stocktakes and
// transfers, the movements themselves, and the check that the cached figures
// equal the ledger. Reading needs "view orders"; changing stock needs "adjust
// stock" (rebuilding the caches: "change settings"). Every write is one
// transaction: its movements, the caches (by the ledger's trigger), the
// backorders it fills or the reservations it must release, and a line in the
// security log. Reservations are not made here: orders make them by
// themselves (OrderStore, see stockledger.h; on PostgreSQL the server).
//
// On PostgreSQL every write is a call of the server's function
// (docket_stock_receive, docket_stock_adjust, docket_stocktake_*,
// docket_transfer_*), which checks the right again and locks the stock rows
// it touches before it reads them; the store checks first so that people
// read Docket's translated message.
class StockStore
{
    Q_DECLARE_TR_FUNCTIONS(StockStore)

public:
    StockStore(QSqlDatabase db, Session session);

    const Session& session() const { return m_session; }
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    qint64 now() const { return m_clock(); }

    // ---- reads ----
    // Newest first.
    QList<StockMovement> movements(const MovementFilter& filter, int limit = 500) const;
    // On hand and reserved of a product in a warehouse (zeros without a level).
    StockLevel level(qint64 productId, qint64 warehouseId) const;
    // The order's reservations (NotFound outside the session's scope).
    QList<OrderStockLine> orderStock(qint64 orderId) const;
    bool isBackordered(qint64 orderId) const;

    // ---- goods in and out by hand (AdjustStock) ----
    struct Receipt
    {
        qint64 productId = 0;
        qint64 warehouseId = 0;
        qint64 quantity = 0;
    };
    // Goods from a supplier; fills the backorders of those items, oldest
    // order first. Returns the units received.
    qint64 receive(const QList<Receipt>& lines, const QString& note = {});
    // Sets on hand of one item to `onHand` (a correction); `reason` required.
    // Returns the change.
    qint64 adjust(qint64 productId, qint64 warehouseId, qint64 onHand, const QString& reason);
    // Takes `quantity` damaged, lost or expired units out; `reason` required.
    qint64 writeOff(qint64 productId, qint64 warehouseId, qint64 quantity, const QString& reason);

    // ---- the ledger check ----
    // Every cached figure against the ledger (levels, product totals and
    // value, reservations, the daily summaries). Read only; any user who may
    // view orders.
    StockVerification verify() const;
    // Recomputes the caches from the ledger (after a bulk load); ChangeSettings.
    void rebuild();

    // ---- stocktakes (AdjustStock) ----
    // Starts counting a warehouse: every active product stocked there, or
    // only `skus`. Returns the stocktake's id.
    qint64 startStocktake(qint64 warehouseId, const QStringList& skus = {},
                          const QString& note = {});
    QList<Stocktake> stocktakes(bool openOnly = false) const;
    Stocktake stocktake(qint64 id) const; // NotFound
    QList<StocktakeLine> stocktakeLines(qint64 id) const;
    // Counted quantities by SKU (a scanner's file or typed in). Every SKU must
    // be on the count. Returns the lines counted.
    int enterCounts(qint64 stocktakeId, const QList<QPair<QString, qint64>>& counts);
    // A scanner's CSV: "sku,counted" with that header. Reads and checks every
    // row; refuses the whole file with the rows' problems named.
    QList<QPair<QString, qint64>> readCountFile(qint64 stocktakeId, const QByteArray& csv) const;
    // Posts the variances as stocktake movements, all in one transaction;
    // uncounted lines are left as they are. Returns the lines that changed.
    // A stocktake posted or cancelled meanwhile is a Conflict.
    int postStocktake(qint64 stocktakeId);
    void cancelStocktake(qint64 stocktakeId);

    // ---- transfers (AdjustStock) ----
    struct TransferRequest
    {
        qint64 productId = 0;
        qint64 quantity = 0;
    };
    qint64 createTransfer(qint64 fromWarehouseId, qint64 toWarehouseId,
                          const QList<TransferRequest>& lines, const QString& note = {});
    QList<Transfer> transfers(bool openOnly = false) const;
    Transfer transfer(qint64 id) const; // with its lines; NotFound
    // draft -> in transit: the units leave the source (only what is available there).
    void sendTransfer(qint64 id);
    // in transit -> received: `received` per product (missing products: all of
    // it arrived); a shortfall is recorded on the line.
    void receiveTransfer(qint64 id, const QList<TransferRequest>& received = {});
    // A draft is dropped; nothing moved.
    void cancelTransfer(qint64 id);

private:
    void requireView() const;
    void beginServerWrite() const;
    // The transfer (stocktake) a change needs in state `state` (counting); a
    // Conflict with `refusal` ("... %1 is %2; ...": its id and state) otherwise.
    Transfer transferIn(qint64 id, const QString& state, const QString& refusal) const;
    Stocktake countingStocktake(qint64 id, const QString& refusal) const;
    // Refuses line `line` (from 0) naming a product that does not exist.
    void requireProduct(qsizetype line, qint64 productId) const;
    // The code of active warehouse `id`; refused when there is none.
    QString activeWarehouseCode(qint64 id) const;

    QSqlDatabase m_db;
    Session m_session;
    Backend m_backend;
    std::function<qint64()> m_clock;
};

} // namespace docket
