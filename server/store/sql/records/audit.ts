/** The audit fields between a record and its columns (timestamps: ISO strings ↔ timestamptz). */
interface AuditColumns {
  createdAt: Date;
  updatedAt: Date;
  createdBy: number | null;
  updatedBy: number | null;
  version: number;
}
interface AuditFields {
  createdAt: string;
  updatedAt: string;
  createdBy: number | null;
  updatedBy: number | null;
}

export const auditOf = (c: AuditColumns) => ({
  createdAt: c.createdAt.toISOString(),
  updatedAt: c.updatedAt.toISOString(),
  createdBy: c.createdBy,
  updatedBy: c.updatedBy,
  version: c.version,
});

/** What a write stores; `version` is the store's (1 on insert, +1 in the UPDATE). */
export const auditValues = (r: AuditFields) => ({
  createdAt: new Date(r.createdAt),
  updatedAt: new Date(r.updatedAt),
  createdBy: r.createdBy,
  updatedBy: r.updatedBy,
});
