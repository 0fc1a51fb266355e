#include "returns.h"

#include "codetable.h"

namespace docket {

namespace {

using codetable::Entry;

constexpr Entry<ReturnState> kStates[] = {
    {ReturnState::Requested, "requested", QT_TRANSLATE_NOOP("Return", "Requested")},
    {ReturnState::Approved, "approved", QT_TRANSLATE_NOOP("Return", "Approved")},
    {ReturnState::Rejected, "rejected", QT_TRANSLATE_NOOP("Return", "Rejected")},
    {ReturnState::Received, "received", QT_TRANSLATE_NOOP("Return", "Received")},
    {ReturnState::Closed, "closed", QT_TRANSLATE_NOOP("Return", "Closed")},
};

constexpr Entry<ReturnReason> kReasons[] = {
    {ReturnReason::Defective, "defective", QT_TRANSLATE_NOOP("Return", "Defective")},
    {ReturnReason::WrongItem, "wrong_item", QT_TRANSLATE_NOOP("Return", "Wrong item")},
    {ReturnReason::NotAsDescribed, "not_as_described",
     QT_TRANSLATE_NOOP("Return", "Not as described")},
    {ReturnReason::Damaged, "damaged", QT_TRANSLATE_NOOP("Return", "Damaged in transit")},
    {ReturnReason::ChangedMind, "changed_mind", QT_TRANSLATE_NOOP("Return", "Changed mind")},
};

constexpr Entry<ReturnResolution> kResolutions[] = {
    {ReturnResolution::Refund, "refund", QT_TRANSLATE_NOOP("Return", "Refund")},
    {ReturnResolution::Exchange, "exchange", QT_TRANSLATE_NOOP("Return", "Exchange")},
    {ReturnResolution::Repair, "repair", QT_TRANSLATE_NOOP("Return", "Repair")},
};

} // namespace

namespace returnstate {
QString code(ReturnState s)
{
    return codetable::codeOf(kStates, s);
}
std::optional<ReturnState> fromCode(const QString& code)
{
    return codetable::fromCodeOf(kStates, code);
}
QString label(ReturnState s)
{
    return codetable::labelOf(kStates, s, "Return");
}
QString labelForCode(const QString& code)
{
    return codetable::labelForCodeOf(kStates, code, "Return");
}
QList<ReturnState> all()
{
    return codetable::valuesOf(kStates);
}
int daysToAct(ReturnState s)
{
    switch (s) {
    case ReturnState::Requested:
        return 3; // decide
    case ReturnState::Approved:
        return 30; // the goods arrive
    case ReturnState::Received:
        return 5; // resolve and close
    case ReturnState::Rejected:
    case ReturnState::Closed:
        break;
    }
    return 0;
}
bool isOpen(ReturnState s)
{
    return s != ReturnState::Rejected && s != ReturnState::Closed;
}
} // namespace returnstate

namespace returnreason {
QString code(ReturnReason r)
{
    return codetable::codeOf(kReasons, r);
}
std::optional<ReturnReason> fromCode(const QString& code)
{
    return codetable::fromCodeOf(kReasons, code);
}
QString label(ReturnReason r)
{
    return codetable::labelOf(kReasons, r, "Return");
}
QString labelForCode(const QString& code)
{
    return codetable::labelForCodeOf(kReasons, code, "Return");
}
QList<ReturnReason> all()
{
    return codetable::valuesOf(kReasons);
}
} // namespace returnreason

namespace returnresolution {
QString code(ReturnResolution r)
{
    return codetable::codeOf(kResolutions, r);
}
std::optional<ReturnResolution> fromCode(const QString& code)
{
    return codetable::fromCodeOf(kResolutions, code);
}
QString label(ReturnResolution r)
{
    return codetable::labelOf(kResolutions, r, "Return");
}
QString labelForCode(const QString& code)
{
    return codetable::labelForCodeOf(kResolutions, code, "Return");
}
} // namespace returnresolution

} // namespace docket
