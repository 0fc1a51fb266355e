#pragma once

// The demo vocabulary seed::OrderGenerator draws from (ordergenerator.cpp),
// for both seeders: the same seed gives the same names, products and amounts
// on SQLite and PostgreSQL.

#include <cstddef>
#include <random>

namespace docket::seedvocabulary {

inline const char* const kFirst[] = {
    "Anna",  "Ben",    "Chloé", "David",  "Emma",   "Felix", "Grace", "Hugo",  "Isabel", "Jonas",
    "Karin", "Liam",   "Maria", "Noah",   "Olivia", "Pablo", "Quinn", "Rosa",  "Sofia",  "Tomás",
    "Uma",   "Victor", "Wen",   "Xavier", "Yara",   "Zoë",   "José",  "Søren", "Ayşe",   "Łukasz",
    "伟",    "芳",     "娜",    "敏",     "静",     "俊杰",  "志明",  "淑芬",  "Hiro",   "Mei"};
inline const char* const kLast[] = {
    "Müller", "Schmidt",  "García", "Martin", "Rossi",  "Smith",  "Johnson",   "Brown",
    "Novak",  "Kowalski", "Jensen", "Dubois", "Silva",  "Nguyen", "O'Brien",   "Fischer",
    "Weber",  "Larsen",   "Costa",  "Moreau", "Petrov", "Yılmaz", "Andersson", "Ferreira",
    "王",     "李",       "张",     "刘",     "陈",     "林",     "黃",        "Tanaka"};
inline const char* const kCities[][4] = {{"Berlin", "10115", "Berlin", "DE"},
                                         {"Hamburg", "20095", "Hamburg", "DE"},
                                         {"München", "80331", "Bayern", "DE"},
                                         {"Paris", "75001", "Île-de-France", "FR"},
                                         {"Lyon", "69001", "Auvergne-Rhône-Alpes", "FR"},
                                         {"Madrid", "28001", "Madrid", "ES"},
                                         {"Milano", "20121", "Lombardia", "IT"},
                                         {"Wien", "1010", "Wien", "AT"},
                                         {"Zürich", "8001", "Zürich", "CH"},
                                         {"Amsterdam", "1011", "Noord-Holland", "NL"},
                                         {"London", "EC1A 1BB", "England", "GB"},
                                         {"Dublin", "D01", "Leinster", "IE"},
                                         {"上海", "200000", "上海", "CN"},
                                         {"台北", "100", "臺北市", "TW"},
                                         {"New York", "10001", "NY", "US"},
                                         {"Toronto", "M5H", "Ontario", "CA"}};
inline const char* const kStreets[] = {"Hauptstraße", "Rue de la Paix", "Calle Mayor", "Via Roma",
                                       "High Street", "Main Street",    "Kungsgatan",  "南京路",
                                       "Ringstraße",  "Keizersgracht"};
inline const char* const kAdjectives[] = {"Classic", "Organic", "Compact",  "Deluxe",  "Eco",
                                          "Vintage", "Smart",   "Wireless", "Ceramic", "Linen",
                                          "Bamboo",  "Steel",   "Travel",   "Mini",    "Pro"};
inline const char* const kNouns[] = {"Mug",        "Backpack", "Lamp",    "Notebook", "Kettle",
                                     "Headphones", "Sneakers", "Blanket", "Teapot",   "Watch",
                                     "Wallet",     "Umbrella", "Candle",  "Speaker",  "Jacket",
                                     "Scarf",      "Bottle",   "Chair",   "Desk Mat", "Charger"};
inline const char* const kColours[] = {"Black", "White", "Blue", "Green",
                                       "Red",   "Grey",  "Oak",  "Sand"};
inline const char* const kInvalidReasons[] = {"Duplicate order", "Fraud suspected", "Test order",
                                              "Payment failed"};
inline const char* const kChannels[] = {"web",         "web",         "web",    "app",  "app",
                                        "marketplace", "marketplace", "retail", "phone"};
inline const char* const kStaff[] = {"anna", "ben", "chen", "dana", "emil"};

template <std::size_t N> const char* pick(std::mt19937_64& rng, const char* const (&arr)[N])
{
    return arr[std::uniform_int_distribution<std::size_t>(0, N - 1)(rng)];
}

} // namespace docket::seedvocabulary
