export const dashboardEn = {
  title: 'Dashboard',
  welcome: 'Welcome, %{name}',
  articles_by_status: 'Articles by status',
  total: 'All articles',
};
