#include "stock.h"

#include "codetable.h"

#include <QRegularExpression>

namespace docket {

namespace catalogue {

std::optional<Money> unitPriceFor(const Product& product, const QString& orderCurrency)
{
    if (product.price.currency() != orderCurrency)
        return std::nullopt;
    return product.price;
}

QString normalizeSku(const QString& sku)
{
    return sku.trimmed().toUpper();
}

bool isValidSku(const QString& sku)
{
    static const QRegularExpression re(QStringLiteral("^[A-Z0-9][A-Z0-9._/-]{0,63}$"));
    return re.match(sku).hasMatch();
}

QString normalizeWarehouseCode(const QString& code)
{
    return code.trimmed().toUpper();
}

bool isValidWarehouseCode(const QString& code)
{
    static const QRegularExpression re(QStringLiteral("^[A-Z0-9][A-Z0-9_-]{0,15}$"));
    return re.match(code).hasMatch();
}

} // namespace catalogue

namespace {

using codetable::codeOf;
using codetable::Entry;
using codetable::fromCodeOf;
using codetable::labelForCodeOf;
using codetable::labelOf;
using codetable::valuesOf;

constexpr Entry<MovementKind> kMovements[] = {
    {MovementKind::Receipt, "receipt", QT_TRANSLATE_NOOP("StockMovement", "Receipt")},
    {MovementKind::Reservation, "reservation", QT_TRANSLATE_NOOP("StockMovement", "Reserved")},
    {MovementKind::Release, "release", QT_TRANSLATE_NOOP("StockMovement", "Released")},
    {MovementKind::Shipment, "shipment", QT_TRANSLATE_NOOP("StockMovement", "Shipped")},
    {MovementKind::Return, "return", QT_TRANSLATE_NOOP("StockMovement", "Returned to stock")},
    {MovementKind::WriteOff, "write_off", QT_TRANSLATE_NOOP("StockMovement", "Written off")},
    {MovementKind::Adjustment, "adjustment", QT_TRANSLATE_NOOP("StockMovement", "Adjustment")},
    {MovementKind::Stocktake, "stocktake", QT_TRANSLATE_NOOP("StockMovement", "Stocktake")},
    {MovementKind::TransferOut, "transfer_out", QT_TRANSLATE_NOOP("StockMovement", "Transfer out")},
    {MovementKind::TransferIn, "transfer_in", QT_TRANSLATE_NOOP("StockMovement", "Transfer in")},
    {MovementKind::Backorder, "backorder", QT_TRANSLATE_NOOP("StockMovement", "Backordered")},
};

constexpr Entry<StocktakeState> kStocktakeStates[] = {
    {StocktakeState::Counting, "counting", QT_TRANSLATE_NOOP("Stocktake", "Counting")},
    {StocktakeState::Posted, "posted", QT_TRANSLATE_NOOP("Stocktake", "Posted")},
    {StocktakeState::Cancelled, "cancelled", QT_TRANSLATE_NOOP("Stocktake", "Cancelled")},
};

constexpr Entry<TransferState> kTransferStates[] = {
    {TransferState::Draft, "draft", QT_TRANSLATE_NOOP("Transfer", "Draft")},
    {TransferState::InTransit, "in_transit", QT_TRANSLATE_NOOP("Transfer", "In transit")},
    {TransferState::Received, "received", QT_TRANSLATE_NOOP("Transfer", "Received")},
    {TransferState::Cancelled, "cancelled", QT_TRANSLATE_NOOP("Transfer", "Cancelled")},
};

} // namespace

namespace movement {
QString code(MovementKind k)
{
    return codeOf(kMovements, k);
}
std::optional<MovementKind> fromCode(const QString& code)
{
    return fromCodeOf(kMovements, code);
}
QString label(MovementKind k)
{
    return labelOf(kMovements, k, "StockMovement");
}
QString labelForCode(const QString& code)
{
    return labelForCodeOf(kMovements, code, "StockMovement");
}
QList<MovementKind> all()
{
    return valuesOf(kMovements);
}
} // namespace movement

namespace stocktakestate {
QString code(StocktakeState s)
{
    return codeOf(kStocktakeStates, s);
}
std::optional<StocktakeState> fromCode(const QString& code)
{
    return fromCodeOf(kStocktakeStates, code);
}
QString label(StocktakeState s)
{
    return labelOf(kStocktakeStates, s, "Stocktake");
}
QString labelForCode(const QString& code)
{
    return labelForCodeOf(kStocktakeStates, code, "Stocktake");
}
} // namespace stocktakestate

namespace transferstate {
QString code(TransferState s)
{
    return codeOf(kTransferStates, s);
}
std::optional<TransferState> fromCode(const QString& code)
{
    return fromCodeOf(kTransferStates, code);
}
QString label(TransferState s)
{
    return labelOf(kTransferStates, s, "Transfer");
}
QString labelForCode(const QString& code)
{
    return labelForCodeOf(kTransferStates, code, "Transfer");
}
} // namespace transferstate

} // namespace docket
