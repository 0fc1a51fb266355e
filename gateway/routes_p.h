#pragma once

#include "http.h"

#include <QJsonObject>
#include <optional>

// What the route files (routes.cpp, fulfilmentroutes.cpp) share; not for
// outside the gateway.
namespace docket::gateway {

// The request body as a JSON object, or (nullopt) the 400 that says why not.
std::optional<QJsonObject> jsonBody(const HttpRequest& r, HttpResponse* error);

} // namespace docket::gateway
