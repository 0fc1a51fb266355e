#pragma once

#include <QSqlDatabase>

struct sqlite3;

namespace docket::sql {

// docket_fts_match(token, text, ...) on a SQLite connection: 1 when
// `token`, searched as the full-text indexes search it (the phrase
// "token"* of dialect::ftsPrefixToken), matches one of the texts, else 0. It
// tokenizes with the tokenizer of order_fts and product_fts (FTS5's
// unicode61, remove_diacritics 2, from the connection's own FTS5): the
// token's words in a row in one text, the last one as a prefix. So
// `docket_fts_match(?, o.customer_name, o.email, o.phone)` is true exactly
// for the rows `o.id IN (SELECT rowid FROM order_fts WHERE order_fts MATCH
// ?)` finds, but is a test of one row: a list walked in its sort order can
// stop at its page, where the FTS5 query reads every match first (a prefix
// query merges the position lists of all its terms: 300,000 orders for
// "Müller" at ten million).
//
// Registers the function on the connection unless it has it already; false
// when that is not possible (PostgreSQL, no FTS5).
bool ensureFtsMatch(const QSqlDatabase& db);
bool ensureFtsMatch(sqlite3* handle); // a connection of the C API's own

} // namespace docket::sql
