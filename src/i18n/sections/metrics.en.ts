export const metricsEn = {
  name: 'Metric |||| Metrics',
  fields: {},
  chart: {
    title: 'Views and shares',
    totals: '%{views} views and %{shares} shares from %{from} to %{to}',
    summary: 'Line chart of this article’s views and shares per day from %{from} to %{to}. The table below lists every day.',
    empty: 'No views yet: the article has not been published in the last 90 days.',
    error: 'The article’s metrics could not be loaded.',
  },
};
