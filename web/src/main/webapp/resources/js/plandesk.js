// Inventory pickers: what is typed in the box beside a selector keeps only the items whose label contains it
// (spaces ignored, so "900131" finds "+44 7700 900131"). Listening on the document covers selectors that AJAX
// renders later; no inline script, so a strict Content-Security-Policy allows it.
document.addEventListener('input', function (event) {
    var box = event.target;
    if (!box.classList || !box.classList.contains('pd-item-filter')) {
        return;
    }
    var select = box.parentElement.querySelector('select');
    var typed = box.value.toLowerCase().replace(/\s+/g, '');
    Array.prototype.forEach.call(select.options, function (option) {
        if (option.value) { // "Choose…" stays
            option.hidden = typed !== '' && option.text.toLowerCase().replace(/\s+/g, '').indexOf(typed) < 0;
        }
    });
});

// The header's customer search suggests as the customer step does: a quarter of a second after typing stops, up to
// ten customers from the API (the signed-in session's), each a link to their page.
(function () {
    var pause;
    document.addEventListener('input', function (event) {
        if (event.target.id === 'global-query') {
            clearTimeout(pause);
            pause = setTimeout(suggest, 250, event.target);
        }
    });

    function suggest(box) {
        var list = document.getElementById('global-suggestions');
        var typed = box.value.trim();
        if (typed.length < 2) {
            list.replaceChildren();
            list.hidden = true;
            return;
        }
        fetch(box.form.dataset.api + '?q=' + encodeURIComponent(typed),
              {headers: {Accept: 'application/json'}, credentials: 'same-origin'})
            .then(function (answer) { return answer.ok ? answer.json() : []; })
            .then(function (customers) {
                if (box.value.trim() !== typed) {
                    return; // typed on meanwhile: a newer answer comes
                }
                list.replaceChildren.apply(list, customers.slice(0, 10).map(function (customer) {
                    var link = document.createElement('a');
                    link.href = box.form.dataset.page + '?id=' + customer.id;
                    link.textContent = customer.label;
                    link.className = 'global-suggestion';
                    var item = document.createElement('li');
                    item.appendChild(link);
                    return item;
                }));
                list.hidden = customers.length === 0;
            });
    }
})();
