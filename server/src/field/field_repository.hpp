// Port: storage of field records and incidents.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "catalog/series_warranty.hpp"
#include "field/field_photo.hpp"
#include "field/field_record.hpp"
#include "field/incident.hpp"
#include "platform/error.hpp"
#include "platform/transaction.hpp"

namespace kefu::field {

/// Field records (by the phone's UUID) and the incidents they raise.
class FieldRepository {
public:
    virtual ~FieldRepository() = default;
    /// The record stored under `id`, if any.
    virtual Result<std::optional<FieldRecord>> FindRecord(Tx& tx, const std::string& id) = 0;
    /// Stores a new record with its ticks and counts. ALREADY_EXISTS when the id is taken (a
    /// replay that raced this one).
    virtual Result<void> InsertRecord(Tx& tx, const FieldRecord& record) = 0;
    /// The job's records by recorded time.
    virtual Result<std::vector<FieldRecord>> ListRecords(Tx& tx, std::int64_t job_id) = 0;
    /// Records kept as conflicts, newest first, at most `limit`.
    virtual Result<std::vector<FieldRecord>> ListConflicts(Tx& tx, int limit) = 0;
    /// Stores an incident; returns it with its id.
    virtual Result<Incident> InsertIncident(Tx& tx, const Incident& incident) = 0;
    /// The incidents of one job (job_id set) or of all jobs, open ones only when `open_only`,
    /// oldest first, at most `limit`.
    virtual Result<std::vector<Incident>> ListIncidents(Tx& tx,
                                                        std::optional<std::int64_t> job_id,
                                                        bool open_only,
                                                        int limit) = 0;
    virtual Result<std::optional<Incident>> FindIncident(Tx& tx, std::int64_t id) = 0;
    /// The photo sent under the phone's `record_id`, without its bytes, if any.
    virtual Result<std::optional<FieldPhoto>> FindPhoto(Tx& tx, const std::string& record_id) = 0;
    /// Stores a photo; returns its id. ALREADY_EXISTS when the record id is taken (a race).
    virtual Result<std::int64_t> InsertPhoto(Tx& tx, const FieldPhoto& photo) = 0;
    /// The job's photos without their bytes, in the order they came.
    virtual Result<std::vector<FieldPhoto>> ListPhotos(Tx& tx, std::int64_t job_id) = 0;
    /// The photo `id` with its bytes, if any.
    virtual Result<std::optional<FieldPhoto>> PhotoById(Tx& tx, std::int64_t id) = 0;
    /// Writes the resolution; ABORTED when the stored version is not incident.version - 1.
    virtual Result<void> ResolveIncident(Tx& tx, const Incident& incident) = 0;
    /// Every warranty version of the series of job `job_id`'s products (R-FLD-4).
    virtual Result<std::vector<catalog::SeriesWarranty>> WarrantiesOfJob(Tx& tx,
                                                                         std::int64_t job_id) = 0;
};

}  // namespace kefu::field
