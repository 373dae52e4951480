-- A charge withdrawn by the head, only while it stands (a second withdrawal changes nothing).
UPDATE field_charges
SET withdrawn_at = :at, withdrawn_by_name = :by_name, withdrawal_reason = :reason
WHERE id = :id AND withdrawn_at IS NULL
