// Which tab the popup reads: ?tab=ID (the browser tests open the popup in a tab of its own), or
// the active tab of the popup's window.
export interface TabsQuery {
  tabs: {
    query: (query: { active: boolean; currentWindow: boolean }) => Promise<{ id?: number }[]>;
  };
}

export async function targetTabId(search: string, api: TabsQuery): Promise<number | null> {
  const asked = new URLSearchParams(search).get('tab');
  if (asked !== null) {
    const id = Number(asked);
    return Number.isSafeInteger(id) && id >= 0 ? id : null;
  }
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
