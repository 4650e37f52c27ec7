/**
 * How long a record a list row's click asked for counts as fresh for the page that click opens
 * (useRowClick): that page reads it rather than asking again. A save is still checked against
 * the server's version; a page opened later asks as before.
 */
export const clickedRecordFresh = { staleTime: 2_000 } as const;
