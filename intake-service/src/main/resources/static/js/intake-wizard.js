// The drafting wizard's live rule check: as the user types, the step's fields are checked against
// the call's rules over the stored draft (nothing is saved) and every message is put beside its
// field, or in the step's summary when the page has no place for it. Without this script the
// pages still work: each save shows the same messages.
(function () {
  'use strict';
  var form = document.getElementById('wizard');
  var summary = document.getElementById('step-errors');
  if (form && form.dataset.check) {
    var fields = (form.dataset.fields || '').split(',').filter(Boolean);
    var timer = null;
    var sequence = 0;

    var rootOf = function (path) {
      return (path || '').split(/[\[.]/)[0];
    };

    var spanFor = function (path) {
      var p = path;
      while (p) {
        var span = form.querySelector('.error[data-field="' + CSS.escape(p) + '"]');
        if (span) {
          return span;
        }
        var cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
        p = cut > 0 ? p.substring(0, cut) : '';
      }
      return null;
    };

    var show = function (violations) {
      form.querySelectorAll('.error[data-field]').forEach(function (s) {
        s.textContent = '';
      });
      var list = summary.querySelector('ul') || summary.appendChild(document.createElement('ul'));
      list.innerHTML = '';
      violations
        .filter(function (v) {
          return fields.indexOf(rootOf(v.field)) >= 0;
        })
        .forEach(function (v) {
          var span = spanFor(v.field);
          if (span) {
            span.textContent = (span.textContent ? span.textContent + ' ' : '') + v.message;
          }
          var item = document.createElement('li');
          item.dataset.for = v.field;
          item.textContent = v.message; // text, never markup
          list.appendChild(item);
        });
      form.dataset.checked = String(sequence);
    };

    var check = function () {
      var mine = ++sequence;
      fetch(form.dataset.check, {
        method: 'POST',
        body: new URLSearchParams(new FormData(form)),
        headers: { Accept: 'application/json' },
        credentials: 'same-origin'
      })
        .then(function (r) {
          return r.ok ? r.json() : null;
        })
        .then(function (result) {
          if (result && mine === sequence) {
            show(result.violations || []);
          }
        })
        .catch(function () {
          /* offline: the next save checks again */
        });
    };

    var later = function () {
      clearTimeout(timer);
      timer = setTimeout(check, 400);
    };
    form.addEventListener('input', later);
    form.addEventListener('change', later);
  }

  // one submission per click: the button is disabled once pressed (the server also dedupes by key)
  var submit = document.getElementById('submit-form');
  if (submit) {
    submit.addEventListener('submit', function () {
      var button = document.getElementById('submit');
      setTimeout(function () {
        button.disabled = true;
      }, 0);
    });
  }
})();
