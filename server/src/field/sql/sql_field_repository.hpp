// Field records and incidents on SQL.
#pragma once

#include "field/field_repository.hpp"

namespace kefu::field {

/// FieldRepository over SOCI.
class SqlFieldRepository final : public FieldRepository {
public:
    Result<std::optional<FieldRecord>> FindRecord(Tx& tx, const std::string& id) override;
    Result<void> InsertRecord(Tx& tx, const FieldRecord& record) override;
    Result<std::vector<FieldRecord>> ListRecords(Tx& tx, std::int64_t job_id) override;
    Result<std::vector<FieldRecord>> ListConflicts(Tx& tx, int limit) override;
    Result<Incident> InsertIncident(Tx& tx, const Incident& incident) override;
    Result<std::vector<Incident>> ListIncidents(Tx& tx,
                                                std::optional<std::int64_t> job_id,
                                                bool open_only,
                                                int limit) override;
    Result<std::optional<Incident>> FindIncident(Tx& tx, std::int64_t id) override;
    Result<std::optional<FieldPhoto>> FindPhoto(Tx& tx, const std::string& record_id) override;
    Result<std::int64_t> InsertPhoto(Tx& tx, const FieldPhoto& photo) override;
    Result<std::vector<FieldPhoto>> ListPhotos(Tx& tx, std::int64_t job_id) override;
    Result<std::vector<catalog::SeriesWarranty>> WarrantiesOfJob(Tx& tx,
                                                                 std::int64_t job_id) override;
    Result<std::optional<FieldPhoto>> PhotoById(Tx& tx, std::int64_t id) override;
    Result<void> ResolveIncident(Tx& tx, const Incident& incident) override;

private:
    /// Incidents by the list query's filters (any_id when `id` is unset).
    Result<std::vector<Incident>> SelectIncidents(Tx& tx,
                                                  std::optional<std::int64_t> job_id,
                                                  bool open_only,
                                                  std::optional<std::int64_t> id,
                                                  int limit);
};

}  // namespace kefu::field
