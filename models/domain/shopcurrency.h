#pragma once

#include "shopsettings.h"

#include <QStringList>

// The shop's currency (issue 13 item 1): a shop setting like the others
// (stored in the database, audited, changed with the "change settings"
// right, the same for every desk, docketctl and the gateway), whose value is
// an ISO 4217 code. New orders that name no currency of their own take it
// (the desk's new order, an import file or a gateway order without
// "currency"); analytics reports in it. Amounts are not converted: an order
// keeps the currency it was placed in.
namespace docket::shop {

extern const Key shopCurrency;
// The catalogue's currency (see shopsettings.cpp): set, or the shop's.
extern const Key catalogueCurrency;

// The ISO 4217 codes of the currencies in use (CLDR's, through QLocale),
// sorted; what shopCurrency accepts.
const QStringList& currencyCodes();
bool isCurrencyCode(const QString& code);

// The shop's currency: the stored code when it is one, else the default (EUR).
QString currencyOf(const ShopSettings& settings);
// The catalogue's currency: the stored code when it is one, else the shop's.
QString catalogueCurrencyOf(const ShopSettings& settings);

} // namespace docket::shop
