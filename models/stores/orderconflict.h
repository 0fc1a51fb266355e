#pragma once

#include "domain/order.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace docket {

// Two clerks edited the same order; the second save was refused
// (DocketError::Conflict from OrderStore::update). These compare the
// versions so the second clerk can see what the other person changed and
// either reload or re-apply their own edits on top.

// One field that differs between two versions of an order.
struct FieldChange
{
    QString field;  // column code: "email", "ship_city", "status", "lines", ...
    QString label;  // translated (fieldLabel)
    QString before; // as shown to people
    QString after;
};

// Every field that differs from `before` to `after`, in form order. Lines
// compare as a whole ("2× SKU-A Mug @ 4.99; ...").
QList<FieldChange> orderDifferences(const Order& before, const Order& after);

struct Reapplied
{
    Order order;           // theirs with my edits on top; version = theirs.version
    QStringList conflicts; // fields both of us changed (mine wins); empty = clean
};

// "Re-apply my changes": start from `theirs` (the order as stored now) and
// put back every field `mine` changed relative to `base` (the order as I
// opened it). Save the result with OrderStore::update.
Reapplied reapplyEdits(const Order& base, const Order& mine, const Order& theirs);

} // namespace docket
