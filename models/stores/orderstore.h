#pragma once

#include "db/database.h"
#include "db/sqlclause.h"
#include "domain/order.h"
#include "domain/progress.h"
#include "domain/session.h"
#include "orderfilter.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <algorithm>
#include <functional>
#include <memory>
#include <optional>

class QSqlQuery;

namespace docket {

// A position in an ordered result: the row's sort value and id.
struct SortKey
{
    QVariant value;
    qint64 id = 0;
};
QVariant sortValue(const OrderSummary& row, OrderColumn column);

// What a batch changed, so that it can be taken back (the desk's undo): each
// order it changed, at the version it left it.
struct BatchRecord
{
    struct Entry
    {
        qint64 id = 0;
        qint64 version = 0;   // the version the batch left the order at
        QString reason;       // revalidate: the invalid reason it cleared
        qint64 archiveId = 0; // deleteInvalid: the order's archive entry
        QString before;       // changeStatuses/assign: the status or assignee it had
        qint64 seenAt = 0;    // markSeen: when it marked the order seen (UTC seconds)
        QString number;       // the order's number (the batches over orders, restore)
    };
    QList<Entry> entries;

    qsizetype size() const { return entries.size(); }
    QList<qint64> ids() const;
};

// One customer's orders as the session sees them (the customer view).
struct CustomerSummary
{
    CustomerKey key;
    qint64 orders = 0;        // valid orders
    qint64 invalidOrders = 0; // marked invalid
    // The valid orders' totals, one per currency, largest first.
    QList<Money> totals;
    QDateTime firstOrder; // UTC, of the valid orders; invalid when there are none
    QDateTime lastOrder;
    QList<OrderSummary> recent; // newest first, valid and invalid, at most the limit asked
};

// What the archive of deleted orders is searched by (OrderStore::archived):
// the list's rules (OrderFilter) for the criteria the two share. All combine
// with AND; an empty filter selects every archived order.
struct ArchiveFilter
{
    ArchiveFilter() = default;
    // An order-number prefix alone (the archive's search before it knew
    // customers and dates).
    ArchiveFilter(const QString& numberPrefix) : number(numberPrefix) {} // NOLINT: implicit
    QString number;  // order-number prefix ("DK00012")
    QString keyword; // words of the customer's name, email or phone, as the list's keyword
    QDate from;      // the order's date (when it was created): first local day, inclusive
    QDate to;        // last local day, inclusive
    QTimeZone timeZone = QTimeZone::systemTimeZone(); // whose days `from`/`to` are

    // The list's checks of these fields (OrderFilter::validate): each names its field.
    QList<FieldError> validate() const;
    bool operator==(const ArchiveFilter&) const = default;
};

// Every read and write of orders. Checks the session's permission and scope
// before it touches anything; every write is one transaction with its audit
// events. Use one store per connection (and so per thread).
class OrderStore
{
    Q_DECLARE_TR_FUNCTIONS(OrderStore)

public:
    OrderStore(QSqlDatabase db, Session session);

    const Session& session() const { return m_session; }
    Backend backend() const { return m_backend; }
    QSqlDatabase database() const { return m_db; }
    // Clock for tests (UTC seconds); defaults to the system clock.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    qint64 now() const { return m_clock(); }

    // ---- reads (ViewOrders) ----
    Order order(qint64 id) const; // NotFound when missing or out of scope
    Order orderByNumber(const QString& number) const;
    std::optional<OrderSummary> summary(qint64 id) const;
    QList<OrderEvent> events(qint64 orderId) const;
    qint64 count(const OrderFilter& filter) const;
    qint64 countNew() const; // valid, unseen, in scope
    // A count that keeps nobody waiting (ordercount.cpp): exact from the
    // analytics summaries when the filter asks only what they hold (period,
    // status, channel, validity) in an all-orders or channel scope; else, for
    // the same scopes, an estimate from the newest matches and the summaries;
    // nullopt when neither can be had (an own scope, or a server login
    // without the right to read the summaries), or when an estimate is not
    // wanted and the summaries cannot answer. count() is always exact.
    struct QuickCount
    {
        qint64 value = 0;
        bool exact = false;
    };
    std::optional<QuickCount> quickCount(const OrderFilter& filter, bool estimate = true) const;
    // Rows of the filtered, sorted list: after `after` (keyset) or from `offset`.
    // With `backwards`, returns the rows *before* `after`, still in list order.
    QList<OrderSummary> page(const OrderFilter& filter, const OrderSort& sort, int limit,
                             qint64 offset = 0, const std::optional<SortKey>& after = {},
                             bool backwards = false) const;
    // From how many rows a page() by created time starts from an exact
    // position anchor instead of stepping over `offset` rows (see
    // jumpAnchor); for tests and benchmarks.
    void setJumpAnchorFrom(qint64 rows) { m_jumpAnchorFrom = rows; }
    // A far jump in any sort order (from the same row on) starts at a sort
    // anchor: every kSortAnchorStep-th key of the list, found on demand and
    // kept with the data version they were read at (sortanchors.cpp), so the
    // page steps over fewer than kSortAnchorStep rows. PostgreSQL: 0089.
    static constexpr qint64 kSortAnchorStep = 4000;
    void setSortAnchorStep(qint64 rows) { m_sortAnchorStep = std::max<qint64>(1, rows); }
    // A keyword page near the top of the list (rows up to kKeywordWindowRows:
    // the first page, the next ones by key) is read from a window of the list
    // without the keyword, each row tested for the keyword (SQLite,
    // keywordwindow.cpp): its first `first` rows (kKeywordWindowAuto: as many
    // as the table's size says, see there), then as many as their matches say
    // hold the page, at most `most`, while that costs less than the full-text
    // query, which reads every match in the table (a match costs
    // `matchPerRow` of a window row; 0: the window grows without weighing);
    // else the full-text query as before. For tests and benchmarks: `first` 0
    // turns it off, and lastKeywordWindow() is the length of the window that
    // gave the last page() (0: none did).
    static constexpr qint64 kKeywordWindowRows = 1000;
    static constexpr qint64 kKeywordWindowAuto = -1;
    static constexpr double kKeywordMatchPerRow = 0.2;
    void setKeywordWindow(qint64 first, qint64 most, double matchPerRow = kKeywordMatchPerRow)
    {
        m_keywordWindowFirst = first;
        m_keywordWindowMost = most;
        m_keywordMatchPerRow = matchPerRow;
    }
    qint64 lastKeywordWindow() const;
    // For tests and benchmarks: how many rows the last page() stepped over
    // (its OFFSET), and how many anchor look-ups this store (and its copies)
    // ran in all (each steps over the anchor step's rows).
    qint64 lastPageSkip() const;
    qint64 sortAnchorLookups() const;
    // Whether summary() and page() read each order's units (OrderSummary::items):
    // a look-up per row, for the list's Items column and the export.
    void setWithItems(bool on) { m_withItems = on; }
    bool withItems() const { return m_withItems; }
    // The lines of the orders `ids` that the session may see, by order id, in
    // line order (what the export writes beside each order).
    QHash<qint64, QList<OrderLine>> linesOf(const QList<qint64>& ids) const;
    // Ids of list rows [offset, offset + limit).
    QList<qint64> idsInRange(const OrderFilter& filter, const OrderSort& sort, qint64 offset,
                             qint64 limit) const;
    // Ids of every order `filter` selects, ascending (for batches by
    // filter); with `within`, only among those ids.
    QList<qint64> idsMatching(const OrderFilter& filter,
                              const std::optional<QList<qint64>>& within = {}) const;
    // Ids of the orders with these numbers (a number names one order; case
    // and surrounding spaces do not matter), ascending, each once: resolved
    // in one statement against the number index, set-based. NotFound when
    // any number is no order in the session's scope, naming up to five.
    QList<qint64> idsForNumbers(const QStringList& numbers) const;
    // How many rows of the list come before `key`.
    qint64 rankOf(const OrderFilter& filter, const OrderSort& sort, const SortKey& key) const;
    qint64 maxOrderId() const;
    // The orders of a customer (their key: CustomerKey::of the order), with
    // the newest `recent` of them.
    CustomerSummary customerSummary(const CustomerKey& key, int recent = 50) const;
    // The archived orders of the session's scope that `filter` selects, the
    // most recently deleted first.
    QList<ArchivedOrder> archived(const ArchiveFilter& filter = {}, int limit = 1000) const;

    // ---- writes ----
    // The single writes below (create, update, changeStatus, addComment) are
    // retried once when the connection to the server dropped before it kept
    // anything (a failover to a standby: sql::retryOnceWhenLost).
    //
    // Validates, assigns a number when empty, writes lines and a "created" event.
    qint64 create(Order draft);
    // Many new orders, all or nothing, each checked and judged as create()
    // would (the ones before it in the list count as existing). PostgreSQL:
    // one server call (docket_orders_create_many), so the triggers of orders
    // and order_lines fire once for the lot; SQLite: one after another.
    // Returns the ids in the same order. Not retried (the caller's
    // transaction, an import's, decides).
    QList<qint64> createMany(const QList<Order>& drafts);
    // Saves header fields and lines of an existing order; `edited.version` must
    // match the stored one (Conflict otherwise). Audits each changed field.
    Order update(const Order& edited);
    // Moves the order along its workflow. With `expectedVersion` (the version
    // the caller looked at), a change made by someone else since is a
    // Conflict, not a refusal of a move that no longer makes sense.
    void changeStatus(qint64 id, OrderStatus to, const QString& note = {},
                      std::optional<qint64> expectedVersion = {});
    // Marks the new ones among `ids` (or every new order of the scope) seen;
    // `record` (when given) gets each order it marked, with the mark's time.
    int markSeen(const QList<qint64>& ids, BatchRecord* record = nullptr);
    int markAllSeen(BatchRecord* record = nullptr);
    // Takes back what markSeen()/markAllSeen() recorded: each order of `done`
    // new again (MarkSeen), audited ("unseen", note "undone"), all or
    // nothing. A Conflict naming the orders whose mark is no longer that one
    // (another user's, or marked again since). `record` gets the orders made
    // new (redo: markSeen(record->ids())).
    int undoMarkSeen(const BatchRecord& done, const ProgressFn& progress = {},
                     BatchRecord* record = nullptr);
    // The batches fill `record` (when given) with what they changed. With
    // `expect` (undo and redo), every order must still be at the version
    // `expect` gives it: one changed since by someone else is a Conflict, and
    // nothing is changed.
    int invalidate(const QList<qint64>& ids, const QString& reason, const ProgressFn& progress = {},
                   BatchRecord* record = nullptr, const BatchRecord* expect = nullptr);
    int revalidate(const QList<qint64>& ids, const ProgressFn& progress = {},
                   BatchRecord* record = nullptr, const BatchRecord* expect = nullptr);
    // Only invalid orders; moves each order's snapshot to the archive.
    int deleteInvalid(const QList<qint64>& ids, const ProgressFn& progress = {},
                      BatchRecord* record = nullptr, const BatchRecord* expect = nullptr);
    // The inverse operations (undo), all or nothing, audited like any change,
    // each refusing with a Conflict when an order changed since `done`:
    // marks valid what invalidate() marked invalid;
    int undoInvalidate(const BatchRecord& done, const ProgressFn& progress = {},
                       BatchRecord* record = nullptr);
    // marks invalid again, each order with its own reason, what revalidate() marked valid;
    int undoRevalidate(const BatchRecord& done, const ProgressFn& progress = {},
                       BatchRecord* record = nullptr);
    // Moves every order of the list to `to` through the workflow: one that
    // may not move there (or is marked invalid) refuses the whole batch
    // (Invalid, naming the orders); those already there are left alone.
    // Audited per order; returns how many moved. `record` and `expect` as
    // for invalidate() (Entry::before: the status each order had).
    int changeStatuses(const QList<qint64>& ids, OrderStatus to, const QString& note = {},
                       const ProgressFn& progress = {}, BatchRecord* record = nullptr,
                       const BatchRecord* expect = nullptr);
    // Takes back what changeStatuses() did: each order of `done` back to the
    // status it had, all or nothing, audited (note "undone"). A Conflict
    // naming the orders when one changed since `done`; Invalid naming each
    // order and why when the way back is not allowed: taking back a move to
    // cancelled, refunded or delivered needs RestoreArchived (a supervisor's
    // right), as the server's docket_order_take_back_status decides too.
    int undoChangeStatuses(const BatchRecord& done, const ProgressFn& progress = {},
                           BatchRecord* record = nullptr);
    // Takes back an edit whose save also moved the status (the desk's undo of
    // the order dialog): `target`'s fields through update() (at
    // `target.version`, a Conflict when someone changed the order since),
    // its status through undoChangeStatuses()'s way back (only the reverse of
    // the order's last move; RestoreArchived for cancelled, refunded or
    // delivered), in one transaction: all or nothing. Returns the order.
    Order takeBackEdit(const Order& target);
    // Assigns every order of the list to `userName` (empty: to nobody), as an
    // edit of each (EditOrders), audited; invalid orders refuse the batch.
    // Entry::before: the assignee each order had.
    int assign(const QList<qint64>& ids, const QString& userName, const ProgressFn& progress = {},
               BatchRecord* record = nullptr, const BatchRecord* expect = nullptr);
    // Each order of `done` back to the assignee it had (a Conflict when one
    // changed since), audited.
    int undoAssign(const BatchRecord& done, const ProgressFn& progress = {},
                   BatchRecord* record = nullptr);
    // restores what deleteInvalid() archived, all or nothing: a Conflict
    // naming the orders whose entry was restored or purged since, or whose
    // number another order has now. `record` gets each order restored (its
    // id, version and number: redo is deleteInvalid(record->ids(), ..., record)).
    int undoDelete(const BatchRecord& done, BatchRecord* record = nullptr);
    // Puts an archived order back; returns its id. `record` (when given)
    // gets the order as restored (id, version, number), for the undo.
    qint64 restore(qint64 archiveId, BatchRecord* record = nullptr);
    // Takes back what restore() (or undoDelete()) put back: each order of
    // `done` to the archive again (deleteInvalid() at the versions `done`
    // gives; a Conflict when one changed since). `record` gets the archive
    // entries (redo: undoDelete(*record)).
    int undoRestore(const BatchRecord& done, const ProgressFn& progress = {},
                    BatchRecord* record = nullptr);
    // An internal comment on an order (EditOrders, within scope): a
    // 'commented' event of its history, under the user's name and the time;
    // comments are never changed or removed. Returns the event id.
    qint64 addComment(qint64 orderId, const QString& text);
    static constexpr int kMaxCommentLength = 4000;

    // Validation that needs no database: every problem, each naming its field.
    static QList<FieldError> validate(const Order& order);
    // Shipping and the tax rate (part of validate): shipping from 0 to
    // kMaxCharge in the order's currency, a rate from 0 to 100 %.
    static void validateCharges(const Order& order, QList<FieldError>& errors);
    static constexpr qint64 kMaxCharge = 100000000000LL; // 1,000,000,000.00
    // The charges as a person types them (the order dialog): shipping as an
    // amount in the order's currency, the tax rate in percent ("20", "5.5",
    // "5,5 %"), each as `locale` writes it or plain; empty is none. Sets
    // what reads on `order` and returns a problem per field that does not,
    // quoting the text (the rules of validateCharges come on save).
    static QList<FieldError> readCharges(Order& order, const QString& shipping,
                                         const QString& taxRate, const QLocale& locale = QLocale());
    // What is allowed but probably a mistake, each naming its field (an order
    // without a shipping address): the window asks before saving.
    static QList<FieldError> warnings(const Order& order);
    // The channels this session may create orders in (a channel scope's own,
    // in channel::codes() order; every channel otherwise), and the one a new
    // order starts with.
    QStringList channelsForNewOrders() const;
    QString defaultChannel() const;

    static constexpr int kBatchChunk = 5000;

private:
    qint64 createOnce(Order draft);
    // What every new order passes before it is written (permission, fields,
    // channel scope).
    void checkNew(const Order& o) const;
    Order updateOnce(const Order& edited);
    void changeStatusOnce(qint64 id, OrderStatus to, const QString& note,
                          std::optional<qint64> expectedVersion);
    qint64 addCommentOnce(qint64 orderId, const QString& text);
    void requireView() const;
    void ensureInScope(const QList<qint64>& ids, const QString& extraCondition,
                       const QString& failureMessage) const;
    // Describes the change the current transaction makes for the audit trail
    // (PostgreSQL writes the trail itself; see dialect::setAuditContext).
    void beginAudit(qint64 ts, const QString& note = {}) const;
    int markUnseen(const QList<qint64>& ids, BatchRecord* record = nullptr);
    // Marks the new ones of one chunk seen at `ts` (the server's own clock
    // on PostgreSQL), audited; returns how many.
    int markChunkSeen(const QVariant& idList, qint64 ts);
    void addEvent(qint64 orderId, const QString& kind, const QString& field = {},
                  const QString& oldValue = {}, const QString& newValue = {},
                  const QString& note = {}) const;
    void writeLines(qint64 orderId, const QList<OrderLine>& lines) const;
    // Status follows the records (orderwrites.cpp).
    static QString byRecordsMessage(const QString& number, OrderStatus to);
    bool hasShipments(qint64 id) const;
    void refuseCancel(const Order& o) const;
    struct JumpAnchor
    {
        qint64 bound = 0;      // created_at < bound (descending) or >= bound (ascending)
        qint64 rowsBefore = 0; // list rows on the far side of that bound
    };
    std::optional<JumpAnchor> jumpAnchor(const OrderFilter& filter, bool descending,
                                         qint64 offset) const;
    // Sort anchors (sortanchors.cpp): the key of list row rowsBefore, from
    // which a page at or after it seeks (key, id) >= it in list order.
    struct SortAnchor
    {
        SortKey key;
        qint64 rowsBefore = 0;
    };
    // The nearest anchor at or before row `offset` of the list ordered by
    // `key` (descending or not, ties by id) under `where`, finding the
    // anchors up to there when the cache has none for this data; nullopt
    // when offset is below the anchor step. `inHalves`: read the list in its
    // valid and invalid halves (PostgreSQL, orderreads.cpp's readsInHalves).
    // Call inside a ReadSnapshot.
    std::optional<SortAnchor> sortAnchor(const SqlClause& where, const QString& key,
                                         bool descending, qint64 offset, bool inHalves) const;
    // What identifies the data a read sees, for the anchors' cache: SQLite's
    // data_version and this connection's total_changes(); PostgreSQL's order
    // list version (migration 0089). Empty when it cannot be told.
    QString dataStamp() const;
    // The list's rows from `from` on (inclusive or not), in list order:
    // `skip` stepped over, then up to `limit` selected by `select` (and its
    // values) and handed to `read`; returns how many.
    qint64 seekRows(const SqlClause& select, const SqlClause& where, const QString& key,
                    bool descending, const SortKey& from, bool inclusive, qint64 skip, qint64 limit,
                    const std::function<void(const QSqlQuery&)>& read) const;
    void noteSkip(qint64 rows) const;
    void noteKeywordWindow(qint64 rows) const;
    std::optional<QList<OrderSummary>> keywordWindowPage(const OrderFilter& filter,
                                                         const QString& key, bool descending,
                                                         int limit, qint64 offset,
                                                         const std::optional<SortKey>& after) const;
    struct SortAnchorCache;
    // The analytics summaries as a source of counts (ordercount.cpp): the
    // restriction of sales_orders (aliased `alias`) to the filter's statuses,
    // channels and validity within the session's scope; nullopt when the
    // summaries cannot say (an own scope; a server login without the right to
    // read them). The filter's other criteria are the caller's to check
    // (summariesAnswer).
    std::optional<sql::Where> summaryCells(const OrderFilter& filter, const QString& alias) const;
    // Does `filter` ask only what the summaries hold (statuses, channels,
    // validity and, with `period`, a date range)?
    static bool summariesAnswer(const OrderFilter& filter, bool period);
    template <typename Fn>
    int chunked(const QList<qint64>& ids, const ProgressFn& progress, Fn&& perChunk);
    // The frame invalidate, revalidate and deleteInvalid share (orderbatches.cpp).
    struct AuditedBatch;
    int auditedBatch(const QList<qint64>& ids, const AuditedBatch& batch,
                     const ProgressFn& progress, BatchRecord* record, const BatchRecord* expect);
    // auditedBatch() inside the caller's write transaction.
    int auditedBatchIn(const QList<qint64>& ids, const AuditedBatch& batch,
                       const ProgressFn& progress, BatchRecord* record, const BatchRecord* expect);
    AuditedBatch invalidation(const QString& reason) const;
    AuditedBatch revalidation() const;
    // Conflict unless every order of `expect` is still at its version.
    void checkVersions(const BatchRecord& expect) const;
    qint64 restoreIn(qint64 archiveId);
    // An order just restored, as a BatchRecord entry (id, version, number).
    BatchRecord::Entry restoredEntry(qint64 id) const;
    // changeStatuses() and assign(): one order of such a batch.
    struct RowChange
    {
        qint64 id = 0;
        qint64 version = 0;
        QString number;
        QString before; // what the batch changes, as the order holds it
    };
    // The orders of `ids` in scope, locked, each judged by `judge` (an empty
    // answer: it changes; otherwise why it may not), in one write transaction
    // with `write`: refused ones throw Invalid (`refusal` with %1 = how many,
    // %2 = which) before anything is written. `server` changes one order on
    // PostgreSQL (false: changed meanwhile); `local` writes a chunk's ids on
    // SQLite (audit rows first).
    struct RowBatch;
    int rowBatch(const QList<qint64>& ids, const RowBatch& batch, const ProgressFn& progress,
                 BatchRecord* record, const BatchRecord* expect);

    QSqlDatabase m_db;
    Session m_session;
    Backend m_backend;
    std::function<qint64()> m_clock;
    qint64 m_jumpAnchorFrom = 20000;
    qint64 m_sortAnchorStep = kSortAnchorStep;
    qint64 m_keywordWindowFirst = kKeywordWindowAuto;
    qint64 m_keywordWindowMost = 50000;
    double m_keywordMatchPerRow = kKeywordMatchPerRow;
    // Made on first use; copies of the store made after share it (a copy
    // reads through the same connection).
    mutable std::shared_ptr<SortAnchorCache> m_anchors;
    SortAnchorCache& anchorCache() const;
    bool m_withItems = false;
};

} // namespace docket
