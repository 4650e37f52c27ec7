export const metricsEn = { name: 'Metric |||| Metrics', fields: {} };
