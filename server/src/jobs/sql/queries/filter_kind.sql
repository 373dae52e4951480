j.kind = :kind
