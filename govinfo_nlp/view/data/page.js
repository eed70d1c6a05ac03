
document.querySelectorAll('.legend .key[data-type]').forEach(function (key) {
  key.addEventListener('click', function () {
    var type = key.getAttribute('data-type');
    key.classList.toggle('off');
    document.querySelectorAll('mark.fact').forEach(function (m) {
      if (m.getAttribute('data-type') === type) { m.classList.toggle('dim'); }
    });
  });
});
