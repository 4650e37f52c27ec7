// The in-page probe of bench/versus.mjs (an init script, so it runs before the app's code), in
// the anchor's way (its measure.mjs): a MutationObserver plus a frame poll; a time is the start
// of the frame after the condition was first seen, in ms since navigation start.
//   list: the first table row's title cell (td.column-title) has text (skeleton rows have none)
//         and lies in the viewport;
//   edit: after the first click, `editReady` (a selector) is in the viewport and the form's
//         title input holds the record's title.
export const PROBE = (editReady) => {
  const probe = (window.__probe = { list: null, edit: null, click: null });
  const shown = (el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.top < innerHeight && r.bottom > 0;
  };
  const hit = (key, extra) => {
    probe[key] = { dom: performance.now(), ...extra };
    requestAnimationFrame(() => (probe[key].visible = performance.now()));
  };
  const check = () => {
    if (!probe.list) {
      const cell = document.querySelector('tbody td.column-title');
      if (cell && cell.textContent.trim() && shown(cell))
        hit('list', { rows: document.querySelectorAll('tbody tr').length });
    }
    if (probe.click !== null && !probe.edit) {
      const ready = document.querySelector(editReady);
      const title = document.querySelector('form input[name="title"]');
      if (ready && shown(ready) && title && title.value) hit('edit');
    }
  };
  const pending = () => !probe.list || (probe.click !== null && !probe.edit);
  const poll = () => {
    check();
    if (pending()) requestAnimationFrame(poll);
  };
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
  });
  requestAnimationFrame(poll);
  addEventListener(
    'click',
    () => {
      if (probe.click === null) {
        probe.click = performance.now();
        requestAnimationFrame(poll);
      }
    },
    true,
  );
};
