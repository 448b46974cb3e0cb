// Progressive enhancement of the qualification search box with GOV.UK's accessible-autocomplete:
// suggestions come from /api/v1/qualifications/suggest; choosing one opens that qualification.
// Without JavaScript the box is a plain text field and the search works the same.
const wrapper = document.querySelector('[data-autocomplete-source]');
const input = wrapper && wrapper.querySelector('input');
if (input && window.accessibleAutocomplete) {
  const source = wrapper.dataset.autocompleteSource;
  const container = document.createElement('div');
  input.insertAdjacentElement('afterend', container);
  const value = input.value;
  const describedBy = input.getAttribute('aria-describedby');
  input.remove();
  let latest = [];
  let asked = '';
  window.accessibleAutocomplete({
    element: container,
    id: input.id,
    name: input.name,
    defaultValue: value,
    minLength: 2,
    autoselect: false,
    confirmOnBlur: false,
    showNoOptionsFound: false,
    displayMenu: 'overlay',
    source: (query, populate) => {
      asked = query;
      fetch(`${source}?q=${encodeURIComponent(query)}`, { headers: { Accept: 'application/json' } })
        .then((response) => (response.ok ? response.json() : []))
        .then((items) => {
          if (query !== asked) return; // an answer to an earlier keystroke that arrived late: ignore it
          latest = items;
          populate(items.map((i) => i.label));
        })
        .catch(() => populate([]));
    },
    onConfirm: (label) => {
      const chosen = latest.find((i) => i.label === label);
      if (chosen) window.location.assign(`/qualifications/${encodeURIComponent(chosen.reference)}`);
    },
  });
  const enhanced = document.getElementById(input.id);
  if (enhanced && describedBy) enhanced.setAttribute('aria-describedby', `${describedBy} ${enhanced.getAttribute('aria-describedby') || ''}`.trim());
}
