#include "timeline/PromoteRecordsCommand.h"

#include "case/CaseError.h"

#include <QCoreApplication>

namespace tessera {

PromoteRecordsCommand::PromoteRecordsCommand(Case* c, NewEvent event, qint64 eventId, std::function<void()> onChanged,
                                             std::function<void(const CaseError&)> onError)
    : CaseEditCommand(std::move(onChanged), std::move(onError)), m_case(c), m_event(std::move(event)),
      m_eventId(eventId) {
    setText(QCoreApplication::translate("PromoteRecordsCommand", "promote %n record(s)", nullptr,
                                        static_cast<int>(m_event.fromRecords.size())));
}

void PromoteRecordsCommand::applyRedo() {
    m_eventId = EventRepository::add(*m_case, m_event);
}

void PromoteRecordsCommand::applyUndo() {
    EventRepository::remove(*m_case, m_eventId);
}

} // namespace tessera
