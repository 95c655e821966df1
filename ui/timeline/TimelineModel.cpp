#include "timeline/TimelineModel.h"

#include "common/PaletteColors.h"
#include <QGuiApplication>
#include "case/CaseError.h"
#include "model/ExhibitRepository.h"
#include "people/VocabularyText.h"
#include "time/TimeFormat.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <algorithm>
#include <limits>

namespace tessera {

namespace {

QString joinLabels(const QVector<PersonRef>& refs) {
    QStringList labels;
    for (const PersonRef& r : refs)
        labels << r.label;
    return labels.join(QStringLiteral(", "));
}

bool isEvent(const TimelineItem& item) {
    return item.kind == QLatin1String("event");
}

} // namespace

TimelineModel::TimelineModel(QObject* parent) : QAbstractTableModel(parent) {}

TimelineModel::~TimelineModel() = default;

void TimelineModel::setDatabase(Database* db, const QString& displayZone) {
    m_db = db;
    m_zone = displayZone;
    m_filter = TimelineFilter{};
    rebuild();
}

void TimelineModel::setFilter(const TimelineFilter& filter) {
    m_filter = filter;
    rebuild();
}

void TimelineModel::reload() {
    rebuild();
}

void TimelineModel::rebuild() {
    beginResetModel();
    m_pages.clear();
    m_lru.clear();
    m_pageFetches = 0;
    m_anchors.clear();
    m_total = 0;
    m_exhibitTitles.clear();
    m_timeline.reset();
    m_redactor.reset();
    try {
        if (m_db) {
            m_redactor.emplace(*m_db);
            m_timeline = std::make_unique<Timeline>(*m_db);
            m_timeline->setTranslatedSummaries(true); // on screen: Tessera's words in the interface language
            for (const tessera::Exhibit& e : ExhibitRepository::list(*m_db))
                m_exhibitTitles.insert(e.id, e.title.isEmpty() ? e.originalFileName : e.title);
            m_anchors = m_timeline->anchors(m_filter, kPageSize, &m_total);
        }
    } catch (...) {
        m_anchors.clear();
        m_total = 0;
        m_timeline.reset();
        endResetModel();
        throw;
    }
    endResetModel();
}

const QVector<TimelineItem>* TimelineModel::page(int index) const {
    if (!m_timeline || index < 0 || index >= m_anchors.size())
        return nullptr;
    auto it = m_pages.find(index);
    if (it != m_pages.end()) {
        if (m_lru.last() != index) {
            m_lru.removeOne(index);
            m_lru.append(index);
        }
        return &it.value();
    }
    QVector<TimelineItem> items;
    items.reserve(kPageSize);
    try {
        m_timeline->scan(m_filter, m_anchors[index], kPageSize, [this, &items](const TimelineItem& item) {
            items.append(item);
            if (m_redactor) {
                TimelineItem& shown = items.last();
                shown.summary = m_redactor->redact(shown.summary);
                shown.location = m_redactor->redact(shown.location);
            }
            return true;
        });
    } catch (const CaseError&) {
        // A storage error while scrolling: the rows of this page stay blank rather than ending the session; the
        // next reset (reload) reports the error where a person can act on it.
        items.clear();
    }
    ++m_pageFetches;
    while (m_pages.size() >= kCachedPages && !m_lru.isEmpty())
        m_pages.remove(m_lru.takeFirst());
    m_lru.append(index);
    return &m_pages.insert(index, std::move(items)).value();
}

const TimelineItem* TimelineModel::itemAt(int row) const {
    if (row < 0 || row >= rowCount())
        return nullptr;
    const QVector<TimelineItem>* items = page(row / kPageSize);
    const int offset = row % kPageSize;
    if (!items || offset >= items->size())
        return nullptr;
    return &items->at(offset);
}

int TimelineModel::rowOfKey(const TimelineKey& key) const {
    if (m_anchors.isEmpty())
        return -1;
    // The last anchor at or before the key names the page the key would be on.
    const auto it = std::upper_bound(m_anchors.begin(), m_anchors.end(), key);
    if (it == m_anchors.begin())
        return -1;
    const int pageIndex = static_cast<int>(it - m_anchors.begin()) - 1;
    const QVector<TimelineItem>* items = page(pageIndex);
    if (!items)
        return -1;
    for (int i = 0; i < items->size(); ++i) {
        const TimelineKey& k = items->at(i).key;
        if (!(k < key) && !(key < k)) {
            const qint64 row = static_cast<qint64>(pageIndex) * kPageSize + i;
            return row < rowCount() ? static_cast<int>(row) : -1;
        }
    }
    return -1;
}

int TimelineModel::rowOfEvent(qint64 eventId) const {
    if (!m_db)
        return -1;
    const auto key = timelineKeyOfEvent(*m_db, eventId);
    return key ? rowOfKey(*key) : -1;
}

int TimelineModel::rowOfRecord(qint64 recordId) const {
    if (!m_db)
        return -1;
    const auto key = timelineKeyOfRecord(*m_db, recordId);
    return key ? rowOfKey(*key) : -1;
}

int TimelineModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid())
        return 0;
    return static_cast<int>(std::min<qint64>(m_total, std::numeric_limits<int>::max()));
}

int TimelineModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags TimelineModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QString TimelineModel::whenText(const TimelineItem& item, const QString& displayZone) {
    return timelineWhen(item, displayZone);
}

QString TimelineModel::flagText(const QString& flag) {
    // The flags the readers in core/ingest write (records.flags); any other reads as the flag with spaces.
    static const struct {
        const char* flag;
        const char* text;
    } known[] = {
        {"all-day", QT_TR_NOOP("all day")},
        {"floating-time", QT_TR_NOOP("floating time")},
        {"placeholder-time", QT_TR_NOOP("placeholder time")},
        {"unknown-tzid", QT_TR_NOOP("unknown tzid")},
        {"tzid-read-as-iana-zone", QT_TR_NOOP("tzid read as iana zone")},
        {"zone-not-stated", QT_TR_NOOP("zone not stated")},
        {"timestamp-disagrees-with-datetime", QT_TR_NOOP("timestamp disagrees with datetime")},
        {"datetime-as-epoch-microseconds", QT_TR_NOOP("datetime as epoch microseconds")},
        {"invalid-number", QT_TR_NOOP("invalid number")},
        {"ambiguous-number", QT_TR_NOOP("ambiguous number")},
        {"missing-duration", QT_TR_NOOP("missing duration")},
        {"contradictory-direction", QT_TR_NOOP("contradictory direction")},
        {"ambiguous-local-time", QT_TR_NOOP("ambiguous local time")},
        {"nonexistent-local-time", QT_TR_NOOP("nonexistent local time")},
        {"repeated-local-time-resolved-by-source-order", QT_TR_NOOP("repeated local time resolved by source order")},
    };
    for (const auto& k : known)
        if (flag == QLatin1String(k.flag))
            return tr(k.text);
    return QString(flag).replace(QLatin1Char('-'), QLatin1Char(' '));
}

QString TimelineModel::flagsText(const TimelineItem& item) {
    QStringList out;
    // How an event is supported comes first: it is what a reader of an event needs before anything else.
    if (item.corroboration == QLatin1String("independent"))
        out << tr("independently corroborated");
    else if (item.corroboration == QLatin1String("pending-authentication"))
        out << tr("authentication pending");
    else if (item.corroboration == QLatin1String("victim-only"))
        out << tr("only victim-sourced support");
    else if (item.corroboration == QLatin1String("unsupported"))
        out << tr("no support linked yet");
    if (!item.flags.isEmpty())
        for (const QString& f : item.flags.split(QLatin1Char(','), Qt::SkipEmptyParts))
            out << flagText(f);
    if (item.timeFlags & 2)
        out << tr("repeated local time");
    if (item.timeFlags & 4)
        out << tr("time in a clock change gap");
    if (item.timeFlags & 1)
        out << tr("zone assumed");
    return out.join(QStringLiteral(", "));
}

QString TimelineModel::exhibitText(const TimelineItem& item) const {
    QStringList out;
    for (qint64 id : item.exhibits)
        out << m_exhibitTitles.value(id, tr("exhibit %1").arg(id));
    return out.join(QStringLiteral(", "));
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::ForegroundRole && role != Qt::FontRole &&
        role != ItemKindRole && role != ItemIdRole && role != LowerUtcRole)
        return {};
    const TimelineItem* item = itemAt(index.row());
    if (!item)
        return {};
    switch (role) {
    case ItemKindRole:
        return item->kind;
    case ItemIdRole:
        return item->id;
    case LowerUtcRole:
        return item->lowerUtcUs;
    case Qt::FontRole:
        if (isEvent(*item) && index.column() == Kind) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Flags)
            return QBrush(toneColor(TextTone::Caution, QGuiApplication::palette()));
        return {};
    default:
        break;
    }

    const bool tooltip = role == Qt::ToolTipRole;
    switch (index.column()) {
    case When:
        if (tooltip) {
            if (isEvent(*item))
                return item->edtf.isEmpty() ? QVariant() : tr("As recorded (EDTF): %1").arg(item->edtf);
            return tr("As received: %1 (%2%3)")
                .arg(item->timeText, item->timeBasis,
                     (item->timeFlags & 1) ? tr(", zone assumed: the source did not state it") : QString());
        }
        return whenText(*item, m_zone);
    case Kind:
        if (tooltip)
            return isEvent(*item) ? tr("Event: the investigator's assertion of what happened")
                                  : tr("Record: one row of imported evidence, kept as received");
        return isEvent(*item) ? tr("Event") : tr("Record");
    case Category:
        return tooltip ? QVariant() : VocabularyText::category(item->category);
    case Actors:
        return joinLabels(item->actors);
    case Others:
        return joinLabels(item->others);
    case Summary:
        if (tooltip) {
            QString text = item->summary;
            if (!item->location.isEmpty())
                text += QLatin1Char('\n') + (isEvent(*item)
                                                 ? tr("Place: %1").arg(item->location)
                                                 : tr("Cell site: %1 (a sector, not a point)").arg(item->location));
            if (!isEvent(*item))
                text += QLatin1Char('\n') + tr("Source row %1").arg(item->rowNumber);
            return text;
        }
        return item->summary;
    case Flags:
        return flagsText(*item);
    case Exhibit:
        return exhibitText(*item);
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (role == Qt::DisplayRole) {
        switch (section) {
        case When:
            return tr("When");
        case Kind:
            return tr("Kind");
        case Category:
            return tr("Category");
        case Actors:
            return tr("Actors");
        case Others:
            return tr("Others");
        case Summary:
            return tr("Summary");
        case Flags:
            return tr("Flags");
        case Exhibit:
            return tr("Exhibit");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case When:
            return tr("Shown in the case's display zone (%1)").arg(m_zone);
        case Actors:
            return tr("Records: the people behind the originating party. Events: who did it.");
        case Others:
            return tr("Records: the people behind the other party. Events: others involved.");
        case Flags:
            return tr("What to check: flagged values, assumed or ambiguous times, how an event is supported");
        default:
            return {};
        }
    }
    return {};
}

} // namespace tessera
